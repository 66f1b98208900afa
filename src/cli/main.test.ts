import { describe, expect, it } from 'vitest';
import { main, type Io } from './main.js';

/** main() with its I/O replaced: stdout and stderr collected, a file given as chunks (or an error). */
async function run(argv: string[], file: () => AsyncIterable<Uint8Array>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: file, openFile: file };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const failing = (error: Error) =>
  async function* (): AsyncGenerator<Uint8Array> {
    yield* [];
    throw error;
  };

describe('scan: files that cannot be read', () => {
  it('a read error keeps its own message on one line, exit 2', async () => {
    const r = await run(['scan', 'big.har'], failing(new Error('EIO: i/o error, read')));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cloud-errors: big.har: cannot read: EIO: i/o error, read\n' });
  });

  it('a file name or error with terminal controls is escaped in the error line', async () => {
    const r = await run(['scan', 'evil\u001b[2J.har'], failing(new Error('bad \u001b]0;title\u0007')));
    expect(r.stderr).toBe('cloud-errors: evil\\x1b[2J.har: cannot read: bad \\x1b]0;title\\x07\n');
  });
});

describe('explain: a code not in the catalog', () => {
  it('suggests the codes it may be (a typo, another case), and exits 1', async () => {
    const r = await run(['explain', 'NoSuchKy'], async function* () {});
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('NoSuchKy: not in the catalog; did you mean NoSuchKey (aliyun), NoSuchKey (aws), NoSuchKey (huawei)?\n');
  });
});
