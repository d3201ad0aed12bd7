import { Worker } from 'node:worker_threads';
import type { SourceReader } from '../core/SourceIndex';
import type { ReadSource } from '../core/readSource';
import type { SourceDocument } from '../core/types';

/** What a thread sends a worker (see `readWorker.ts`). */
export interface ReadRequest {
  id: number;
  docs: readonly SourceDocument[];
}

/** A read as a worker sends it: no text (the asker has it), the prose of a markdown source, stem names apart. */
export type WorkerRead = Omit<ReadSource, 'source' | 'text'> & { prose?: string };

export type ReadReply =
  | { id: number; reads: WorkerRead[]; newStemNames: string[]; restartStemNames: boolean }
  | { id: number; error: string };

/**
 * Reads source documents in one worker thread, started when first asked and kept for the next
 * builds (a thread takes some 30 ms to start). It runs `readWorker.js`, the bundled
 * `readWorker.ts`, found at `script`; when that file is missing, the thread fails or dies, `read`
 * answers `undefined` (then and ever after) and the index reads in its own thread, as it would with no reader.
 * The thread does not keep a process alive while idle.
 */
export class WorkerReader implements SourceReader {
  private worker: Worker | undefined;
  private broken = false;
  /** Requests sent and not answered: their documents (to give the reads back their texts) and who waits. */
  private readonly pending = new Map<number, { docs: readonly SourceDocument[]; resolve: (reads: ReadSource[] | undefined) => void }>();
  private lastId = 0;
  /** The worker's stem names, mirrored as its replies add to them. */
  private stemNames: string[] = [];

  private disposed = false;

  /** `maxStems`: the worker's bound on its list of stem names (see `setStemBound`). */
  constructor(
    private readonly script: string,
    private readonly options: { maxStems?: number } = {},
  ) {}

  read(docs: readonly SourceDocument[]): Promise<ReadSource[] | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = ++this.lastId;
    const request: ReadRequest = { id, docs: docs.map(({ path, text }) => ({ path, text })) };
    worker.ref();
    worker.postMessage(request);
    return new Promise((resolve) => this.pending.set(id, { docs, resolve }));
  }

  /** Stops the thread; a later `read` answers `undefined`. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    await worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = new Worker(this.script, { workerData: { maxStems: this.options.maxStems } });
      worker.on('message', (reply: ReadReply) => this.receive(reply));
      worker.on('error', () => this.fail(worker));
      worker.on('exit', () => this.fail(worker));
      worker.unref();
      this.worker = worker;
      this.stemNames = [];
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private receive(reply: ReadReply): void {
    const request = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!this.pending.size) this.worker?.unref();
    if (!request) return;
    const { docs, resolve } = request;
    if ('error' in reply) return resolve(undefined);
    // A new list when the worker's restarted: reads made before keep the names they index.
    if (reply.restartStemNames) this.stemNames = [];
    for (const name of reply.newStemNames) this.stemNames.push(name);
    const stemNames = this.stemNames;
    resolve(reply.reads.map(({ prose, ...read }, i) => ({ ...read, source: docs[i].text, text: prose ?? docs[i].text, stemNames })));
  }

  /** The thread failed or ended: its requests are read elsewhere, and no other thread is started. */
  private fail(worker: Worker): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.broken = true;
    this.settleAll();
  }

  private settleAll(): void {
    for (const { resolve } of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
