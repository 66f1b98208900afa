import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A gzip stream starts with these two bytes (RFC 1952, section 2.3.1), whatever the file is called. */
function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Marks an error of the gzip data itself (corrupt or cut short), as opposed to one reading the file. */
export class GzipError extends Error {}

/**
 * The bytes of a stream, uncompressed when they are gzip (`.har.gz`, or a HAR gzipped under another name):
 * decided from the first bytes, so a misnamed file is read right, and decompressed as it streams.
 */
export async function* gunzipIfNeeded(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  if (!isGzip(head)) {
    yield head;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const first = head;
  const compressed = Readable.from(
    (async function* () {
      yield first;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  const gunzip = createGunzip();
  let readError: unknown;
  compressed.on('error', (e) => {
    readError = e;
    gunzip.destroy(e);
  });
  compressed.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (e) {
    if (e === readError) throw e;
    throw new GzipError(`not valid gzip data (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    compressed.destroy();
  }
}
