// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { knowledgeBase } from './src/integrations/knowledge-base.ts';

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
    build: {
      // Likewise no data: URLs or inlined scripts.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
  // knowledgeBase(): Markdown pipeline with our remark/rehype plugins, client-code Vite plugins,
  // and after the build the search index, checks and reports (src/integrations/).
  integrations: [knowledgeBase(), mdx()],
});
