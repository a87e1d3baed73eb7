// The site's own Astro integration: everything that belongs to producing the site runs inside
// `astro build`, so any Astro tooling (a host's preset, `astro build` from Astro's docs) yields
// the whole site. Modelled on Starlight's integrations/pagefind.ts.
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { rehypePlugins, remarkPlugins } from '../plugins/index';
import { buildSearchIndex } from './search-index/build-index';
import { viteLazyChunk } from './vite-lazy-chunk';
import { viteUiStrings } from './vite-ui-strings';

/** The knowledge base integration: Markdown pipeline and client-code plugins at setup, search index after the build. */
export function knowledgeBase(): AstroIntegration {
  return {
    name: 'dangjian-kb',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          // Astro 7's default Markdown processor does not run remark/rehype plugins; ours need unified().
          markdown: { processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }) },
          vite: { plugins: [viteUiStrings(), viteLazyChunk()] },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { pages, problems } = await buildSearchIndex(site);
        if (pages === 0) problems.push(`${site} → 没有找到可搜索的页面 → 检查条目页是否带 data-pagefind-body`);
        if (problems.length) {
          throw new AstroError(`搜索索引有 ${problems.length} 个问题：\n${problems.join('\n')}`, '按每行箭头后的改法修正后重新构建。');
        }
        logger.info(`搜索索引：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒 → pagefind/`);
      },
    },
  };
}
