// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { viteUiStrings } from './src/integrations/vite-ui-strings.ts';
import { viteLazyChunk } from './src/integrations/vite-lazy-chunk.ts';

// BASE_PATH=/kb/ builds for a sub-path; every internal link goes through src/lib/url.ts
// or rehype-base-links, so the same content works at / and under /kb/.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // A strict CSP (style-src 'self') forbids inline <style>: always emit files.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [viteUiStrings(), viteLazyChunk()],
    build: {
      // Likewise no data: URLs or inlined scripts.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
  // Astro 7's default Markdown processor does not run remark/rehype plugins; ours need unified().
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  integrations: [mdx()],
});
