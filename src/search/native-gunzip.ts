// Pagefind's index files (word chunks, metadata, filters, fragments, its WebAssembly) are gzip
// files that pagefind.js inflates in JavaScript, unless a file already starts with its
// "pagefind_dcd" signature. On an old office PC with the CPU throttled 4×, that JavaScript
// inflate was the largest single cost of a search (more than Pagefind's own search). So the
// fetches Pagefind makes under the index folder are answered with the file already inflated by
// the browser's native DecompressionStream; Pagefind then finds the signature and skips its own.
// Files that are not gzip, other URLs and browsers without DecompressionStream are untouched.

/** Whether the bytes start with the gzip magic number. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A response body inflated natively when it is gzip, streamed as it arrives. */
async function inflated(body: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  const first = await reader.read();
  const head = first.value ?? new Uint8Array();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.length) controller.enqueue(head);
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return isGzip(head) ? stream.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : stream;
}

let installed = false;

/**
 * Wraps `window.fetch` once so that responses for files under `indexPath` (e.g. "/kb/pagefind/")
 * come back inflated. Returns whether native inflating is available.
 */
export function inflateIndexFetches(indexPath: string): boolean {
  if (typeof DecompressionStream !== 'function' || typeof window === 'undefined') return false;
  if (installed) return true;
  installed = true;
  const original = window.fetch.bind(window);
  const prefix = new URL(indexPath, location.href).href;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? new URL(input, location.href).href : input instanceof URL ? input.href : input.url;
    if (!response.ok || !response.body || !url.startsWith(prefix) || /\.(js|json|css)(\?|$)/.test(url)) return response;
    return new Response(await inflated(response.body), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return true;
}
