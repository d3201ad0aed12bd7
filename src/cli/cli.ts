import { join } from 'node:path';
import { WorkerReader } from '../threads/WorkerReader';
import { main } from './main';

// A reader that stops early (`sourceline check ... | head`) closes the pipe: end quietly, as
// other command-line tools do, instead of dying with an unhandled EPIPE error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // Bundled next to this file (dist/readWorker.js).
  reader: new WorkerReader(join(__dirname, 'readWorker.js')),
}).then((code) => (process.exitCode = code));
