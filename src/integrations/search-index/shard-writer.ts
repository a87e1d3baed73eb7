// Writes one index shard through its own Pagefind process, in a worker thread
// (shard-writer-worker.ts), so that one shard can be written while the next is filled: Pagefind
// writes an index on one core, and its writing time grows faster than the page count.
import { Worker } from 'node:worker_threads';

interface Waiting {
  resolve: (errors: string[]) => void;
  reject: (error: Error) => void;
}

/** One shard's Pagefind index: add pages, then write it once. */
export class ShardWriter {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #failure: Error | undefined;

  /** Starts a worker with a fresh Pagefind index whose pages are in `language`. */
  constructor(language: string) {
    this.#worker = new Worker(new URL('./shard-writer-worker.ts', import.meta.url), { workerData: { language } });
    this.#worker.on('message', (reply: { id: number; errors?: string[]; failure?: string }) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (reply.failure !== undefined) waiting?.reject(new Error(reply.failure));
      else waiting?.resolve(reply.errors ?? []);
    });
    const fail = (error: Error) => {
      this.#failure ??= error;
      for (const waiting of this.#waiting.values()) waiting.reject(error);
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`the Pagefind worker stopped (exit code ${code})`)));
  }

  #request(body: { add: { url: string; content: string } } | { write: string }): Promise<string[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...body });
    });
  }

  /** Adds a page; resolves to Pagefind's errors for it. */
  add(url: string, content: string): Promise<string[]> {
    return this.#request({ add: { url, content } });
  }

  /** Writes the index to `outputPath` and stops the worker; resolves to Pagefind's errors. */
  async write(outputPath: string): Promise<string[]> {
    try {
      return await this.#request({ write: outputPath });
    } finally {
      await this.stop();
    }
  }

  /** Stops the worker and its Pagefind process (after a failure elsewhere, too). */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
