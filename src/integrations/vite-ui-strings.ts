import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCHEME = 'kb-strings:';

/** The part of a Vite plugin this one uses (kept structural so astro.config needs no vite types). */
interface VitePluginLike {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): { code: string } | undefined;
}

/**
 * Vite plugin: `import strings from 'kb-strings:workbench.item.,workbench.fill.'` yields only the
 * zh-CN UI strings whose keys start with one of the comma-separated prefixes. Client scripts thus ship the few strings they use
 * instead of the whole src/i18n/zh-CN.json (5 KB gzip; issue 9's 15 KB budget), while every
 * string still lives in that one file.
 */
export function viteUiStrings(file = 'src/i18n/zh-CN.json'): VitePluginLike {
  const path = resolve(file);
  return {
    name: 'kb-ui-strings',
    resolveId: (id) => (id.startsWith(SCHEME) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${SCHEME}`)) return undefined;
      const prefixes = id.slice(SCHEME.length + 1).split(',');
      const all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      const subset = Object.fromEntries(Object.entries(all).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
      const missing = prefixes.filter((p) => !Object.keys(subset).some((key) => key.startsWith(p)));
      if (missing.length) throw new Error(`${file} 中没有以「${missing.join('」「')}」开头的界面文字。请检查 import 'kb-strings:…' 的前缀。`);
      return { code: `export default ${JSON.stringify(subset)};` };
    },
  };
}
