// Content-layer loader for the MDX collections: each entry is rendered to static HTML once,
// while content syncs, with the site's own remark/rehype plugins (the ones the integration
// put into markdown.processor), and stored with its data. Pages then print stored HTML:
// no entry becomes a JavaScript module for Vite to compile, bundle and load, which is what
// made build time and memory grow with the library (see README, 性能).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isUnifiedProcessor, rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypeMdxItem } from '../../plugins/rehype-mdx-item';
import { COLLECTIONS, type CollectionName } from './collections';
import { parseYaml, splitFrontmatter } from './entry-file';

/** MDX node types remark-rehype carries over into hast (rehype-mdx-item renders the one allowed component). */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** An entry's rendered body. */
export interface RenderedBody {
  html: string;
  metadata: { headings: MarkdownHeading[]; frontmatter: Record<string, unknown> };
}

type Render = (body: string, path: string, frontmatter: Record<string, unknown>) => Promise<RenderedBody>;

/** Renders MDX bodies to HTML with the plugin lists of the configured unified() processor. */
export function createBodyRenderer(remarkPlugins: PluggableList, rehypePlugins: PluggableList): Render {
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMdx)
    .use(remarkPlugins)
    .use(remarkRehype, { passThrough: MDX_NODES } as RemarkRehypeOptions)
    .use(rehypePlugins)
    .use(rehypeMdxItem)
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
  return async (body, path, frontmatter) => {
    const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
    const html = String(await pipeline.process(file));
    const astro = file.data['astro'] as { headings?: MarkdownHeading[] } | undefined;
    return { html, metadata: { headings: astro?.headings ?? [], frontmatter } };
  };
}

function rendererOf(config: LoaderContext['config']): Render {
  const processor = config.markdown.processor;
  if (!isUnifiedProcessor(processor)) {
    throw new AstroError('内容集合需要 unified() Markdown 处理器。', '在 astro.config.mjs 的 integrations 中保留 knowledgeBase()，它会设置 markdown.processor。');
  }
  const { remarkPlugins, rehypePlugins } = processor.options;
  return createBodyRenderer(remarkPlugins as PluggableList, rehypePlugins as PluggableList);
}

/** Loader of an MDX collection (policies, templates, materials, topics): data validated by the schema, body rendered to HTML. */
export function entryLoader(name: CollectionName): Loader {
  return {
    name: `kb-entries-${name}`,
    load: async (context) => {
      const { config, store, parseData, generateDigest, watcher, logger } = context;
      const folder = new URL(`${COLLECTIONS[name].folder}/`, config.root);
      const render = rendererOf(config);
      const root = fileURLToPath(config.root);

      const loadFile = async (path: string) => {
        const text = await readFile(path, 'utf8');
        const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
        const relativePath = path.slice(root.length).replace(/^\//, '');
        const { yaml, body } = splitFrontmatter(text);
        const raw = (yaml === undefined ? {} : parseYaml(yaml, relativePath)) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath: path });
        const rendered = await render(body, path, raw);
        store.set({ id, data, body, filePath: relativePath, digest: generateDigest(text), rendered });
        return id;
      };

      const dir = fileURLToPath(folder);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.mdx')).sort();
      store.clear();
      for (const file of names) await loadFile(dir + file);

      // `astro dev`: re-render a changed entry, drop a deleted one.
      watcher?.on('change', (path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) loadFile(path).catch((error) => logger.error(String(error)));
      });
      watcher?.on('add', (path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) loadFile(path).catch((error) => logger.error(String(error)));
      });
      watcher?.on('unlink', (path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) store.delete(path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, ''));
      });
    },
  };
}
