// One Pagefind index in a worker thread. Pagefind's Node API keeps one service process per
// module instance and writes an index on one core; a worker has module instances of its own,
// so two shards can be written at once on two cores (shard-writer.ts). Node loads this file
// itself (type stripping), not Vite: it may import packages only.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** A request from shard-writer.ts: add a page, or write the index and stop. */
type Request = { id: number; add: { url: string; content: string } } | { id: number; write: string };

const port = parentPort;
if (!port) throw new Error('shard-writer-worker.ts runs as a worker thread (shard-writer.ts starts it)');
const created = pagefind.createIndex({ forceLanguage: (workerData as { language: string }).language });

port.on('message', async (request: Request) => {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    if ('add' in request) {
      const added = await index.addHTMLFile(request.add);
      port.postMessage({ id: request.id, errors: added.errors });
    } else {
      const written = await index.writeFiles({ outputPath: request.write });
      await pagefind.close();
      port.postMessage({ id: request.id, errors: written.errors });
    }
  } catch (error) {
    port.postMessage({ id: request.id, failure: error instanceof Error ? error.message : String(error) });
  }
});
