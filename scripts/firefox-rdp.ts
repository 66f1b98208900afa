/**
 * A minimal client of Firefox's Remote Debugging Protocol (length-prefixed JSON over TCP), enough to
 * install the extension temporarily, find the extension's devtools page and evaluate in it.
 * Protocol: https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html — a reply comes from
 * the actor a request went to, in order; a packet with a `type` is an event (e.g. `evaluationResult`).
 */
import { EventEmitter } from 'node:events';
import net from 'node:net';

interface RdpPacket {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

export class RdpClient extends EventEmitter {
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<string, { resolve: (p: RdpPacket) => void; reject: (e: Error) => void }[]>();
  private readonly evaluations = new Map<string, (p: RdpPacket) => void>();
  /** Results that arrived before their request's reply was read (both come in one chunk). */
  private readonly early = new Map<string, RdpPacket>();

  private constructor(private readonly socket: net.Socket) {
    super();
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.on('event', (p: RdpPacket) => {
      if (p.type !== 'evaluationResult') return;
      const waiter = this.evaluations.get(String(p.resultID));
      if (waiter) waiter(p);
      else this.early.set(String(p.resultID), p);
    });
  }

  /** Connects once the server greets; retries while Firefox starts. */
  static async connect(port: number, timeoutMs = 30_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await new Promise<RdpClient>((resolve, reject) => {
          const socket = net.createConnection({ port, host: '127.0.0.1' });
          socket.once('error', reject);
          const client = new RdpClient(socket);
          client.once('packet', () => resolve(client));
        });
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`no Firefox debugger on port ${port}: ${String(e)}`, { cause: e });
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as RdpPacket;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.emit('packet', packet);
      const queue = this.pending.get(packet.from);
      if ((packet.type && !packet.error) || !queue?.length) {
        this.emit('event', packet);
        continue;
      }
      const waiter = queue.shift()!;
      if (packet.error) waiter.reject(new Error(`${packet.error}: ${packet.message ?? ''}`));
      else waiter.resolve(packet);
    }
  }

  request(to: string, type: string, params: object = {}): Promise<RdpPacket> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ to, type, ...params }), 'utf8');
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  /**
   * Evaluates `text` in a target's console, awaiting a promise it returns, and gives the result grip (the value
   * itself for strings, numbers and booleans). `mapped.await` is how the console runs top-level await: the
   * client wraps the input in an async function and the server awaits its result.
   */
  async evaluate(consoleActor: string, text: string): Promise<unknown> {
    const { resultID } = await this.request(consoleActor, 'evaluateJSAsync', { text: `(async () => (${text}))()`, mapped: { await: true } });
    const id = String(resultID);
    const result = this.early.get(id) ?? (await new Promise<RdpPacket>((resolve) => this.evaluations.set(id, resolve)));
    this.early.delete(id);
    this.evaluations.delete(id);
    if (result.exceptionMessage)
      throw new Error(`evaluate failed: ${typeof result.exceptionMessage === 'string' ? result.exceptionMessage : JSON.stringify(result.exceptionMessage)}`);
    return this.fullValue(result.result);
  }

  /**
   * A string past the server's long-string threshold (about 10,000 characters) comes as a `longString` grip that
   * holds only its start; its actor's `substring` request gives the whole text
   * (https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html#long-strings).
   */
  private async fullValue(grip: unknown): Promise<unknown> {
    if (typeof grip !== 'object' || grip === null) return grip;
    const { type, actor, length } = grip as { type?: unknown; actor?: unknown; length?: unknown };
    if (type !== 'longString' || typeof actor !== 'string' || typeof length !== 'number') return grip;
    const { substring } = await this.request(actor, 'substring', { start: 0, end: length });
    return substring;
  }

  close(): void {
    this.socket.destroy();
  }
}
