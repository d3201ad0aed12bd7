/**
 * The entry of a worker thread that reads source documents for an index built in another
 * thread (see `WorkerReader`): it receives documents and sends back their reads, typed arrays
 * transferred, not copied. The stem names the reads index into are sent as they grow: each
 * reply carries only the names added since the last one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { currentStemNames, readSources, setStemBound } from '../core/readSource';
import type { ReadRequest, ReadReply, WorkerRead } from './WorkerReader';

const options = workerData as { maxStems?: number } | undefined;
if (options?.maxStems) setStemBound(options.maxStems);

let sentNames: readonly string[] | undefined;
let sentCount = 0;

parentPort?.on('message', (request: ReadRequest) => {
  let reply: ReadReply;
  const transfer: ArrayBuffer[] = [];
  try {
    // Read together: every read of a reply indexes the one list of stem names it carries.
    const reads: WorkerRead[] = readSources(request.docs).map(({ source, text, ...read }) => {
      transfer.push(read.places.buffer as ArrayBuffer, read.stems.buffer as ArrayBuffer, read.stemEnds.buffer as ArrayBuffer);
      // The text itself the asking thread has; a markdown source's prose it has not.
      return { ...read, stemNames: [], prose: text === source ? undefined : text };
    });
    const names = currentStemNames();
    const restart = names !== sentNames;
    reply = { id: request.id, reads, newStemNames: names.slice(restart ? 0 : sentCount), restartStemNames: restart };
    sentNames = names;
    sentCount = names.length;
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
});
