// @ts-check
// The minimal reference of the benchmark (issue 9): Astro with MDX and nothing else, no remark or
// rehype plugins, Astro's default Markdown processor. The bench copies this folder to
// .bench/reference/ and builds it from the same synthetic library as the real site.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
