import { main, nodeIo } from './main.js';

// Output may be piped into `head`; a closed pipe is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cloud-errors: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
