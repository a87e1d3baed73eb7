import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve, e.g. "dist". */
  root: string;
  /** Base path the site was built for, e.g. "/" (default) or "/kb/". */
  base?: string;
  /** Port; default 0 picks a free one. */
  port?: number;
  /** Host to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** A running server and its root URL, e.g. "http://127.0.0.1:4321/kb/". */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: directory index.html,
 * the site's own 404.html for misses, everything mounted under the base path.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  const files = sirv(options.root, { dev: false, etag: true });
  const notFoundPage = await readFile(join(options.root, '404.html')).catch(() => Buffer.from('<!doctype html><title>404</title>'));
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFoundPage);
  };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = '/' + url.slice(base.length);
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
