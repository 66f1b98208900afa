/** Parses an imported HAR file off the panel's thread (see ./read-har.ts). */
import { readHar } from './read-har.js';

self.onmessage = (e: MessageEvent<string>) => {
  self.postMessage(readHar(e.data));
};
