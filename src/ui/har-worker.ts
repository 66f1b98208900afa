/** Parses an imported HAR file off the panel's thread (see ./read-har.ts). */
import { readHar, type HarRead } from './read-har.js';

self.onmessage = async (e: MessageEvent<string | Blob>) => {
  let result: HarRead;
  try {
    result = readHar(typeof e.data === 'string' ? e.data : await e.data.text());
  } catch (error) {
    // An unreadable file rejects .text(); answer with a reason instead of leaving the import pending.
    result = { ok: false, error: `cannot read the file (${error instanceof Error ? error.message : String(error)})` };
  }
  self.postMessage(result);
};
