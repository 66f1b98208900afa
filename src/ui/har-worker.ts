/** Parses an imported HAR file off the panel's thread (see ./read-har.ts), posting progress and batches of calls, then the result. */
import { readHar, type WorkerMessage } from './read-har.js';

const post = (message: WorkerMessage): void => self.postMessage(message);

self.onmessage = async (e: MessageEvent<string | Blob>) => {
  const result = await readHar(
    e.data,
    (progress) => post({ type: 'progress', progress }),
    (calls) => post({ type: 'calls', calls }),
  );
  post({ type: 'result', result });
};
