import { closeSync, openSync, writeSync } from 'node:fs';
import type { Fixture } from '../fixtures/fixture.js';
import { syntheticEntries } from './synthetic-har.js';

/**
 * Writes a synthetic HAR to `path` entry by entry (a 2 GB HAR never exists as one string), and returns its
 * size in bytes. Writes are gathered into blocks of about 4 MB.
 */
export function writeSyntheticHar(path: string, count: number, envelopes: readonly Fixture[], scale = 1): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let block: string[] = [];
  let blockLength = 0;
  const write = (text: string, flush = false): void => {
    block.push(text);
    blockLength += text.length;
    if (flush || blockLength > 4 << 20) {
      bytes += writeSync(fd, block.join(''));
      block = [];
      blockLength = 0;
    }
  };
  try {
    write('{"log":{"version":"1.2","creator":{"name":"cloud-errors bench","version":"1"},"entries":[\n');
    let first = true;
    for (const entry of syntheticEntries(count, envelopes, 42, scale)) {
      write((first ? '' : ',\n') + JSON.stringify(entry));
      first = false;
    }
    write('\n]}}\n', true);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
