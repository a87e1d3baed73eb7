import { dirname, resolve } from 'node:path';

const SCHEME = 'kb-lazy:';

/** The part of a Vite plugin this one uses (kept structural so astro.config needs no vite types). */
interface PluginContextLike {
  emitFile(file: { type: 'chunk'; id: string }): string;
}
interface VitePluginLike {
  name: string;
  configResolved(config: { command: string }): void;
  resolveId(id: string, importer?: string): string | undefined;
  load(this: PluginContextLike, id: string): { code: string } | undefined;
}

/**
 * Vite plugin: `import load from 'kb-lazy:./module'` yields a function that imports ./module
 * (a separately emitted chunk) on demand. Unlike a plain `import('./module')`, the build does
 * not wrap it in Vite's __vitePreload helper (about 0.9 KB gzip that every page would load
 * up front; issue 9's 15 KB budget): the chunk's own static imports load when it does.
 */
export function viteLazyChunk(): VitePluginLike {
  let build = false;
  return {
    name: 'kb-lazy-chunk',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id, importer) {
      if (!id.startsWith(SCHEME) || !importer) return undefined;
      const target = resolve(dirname(importer.replace(/^\0/, '').split('?')[0] ?? ''), id.slice(SCHEME.length));
      return `\0${SCHEME}${target}`;
    },
    load(id) {
      if (!id.startsWith(`\0${SCHEME}`)) return undefined;
      const target = id.slice(SCHEME.length + 1);
      if (!build) return { code: `export default () => import(${JSON.stringify(target)});` };
      const ref = this.emitFile({ type: 'chunk', id: target });
      return { code: `export default () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref});` };
    },
  };
}
