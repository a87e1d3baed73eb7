// Content-layer loader for the MDX collections: each entry is rendered to static HTML once,
// while content syncs, with the site's own remark/rehype plugins (the ones the integration
// put into markdown.processor). The HTML goes to a file of its own in Astro's cache folder and
// the data store keeps its path, headings and citations (src/lib/content/entry-body.ts reads it
// back for the page). So no entry becomes a JavaScript module for Vite to compile and bundle, and
// the store stays small instead of carrying every page's HTML through serialisation and the
// bundler — the two things that made build time and memory grow with the library.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
import type { CitationScan } from '../citations';
import { COLLECTIONS, type CollectionName } from './collections';
import { parseYaml, splitFrontmatter } from './entry-file';

/** MDX node types remark-rehype carries over into hast (rehype-mdx-item renders the one allowed component). */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** An entry's rendered body, with what the plugins found while rendering it. */
export interface RenderedBody {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    /** Policy citations (remark-policy-links), for the "cited by" lists without a second parse. */
    citations?: CitationScan | undefined;
  };
}

/** What the data store keeps of a rendered entry: where its HTML is, and what the plugins found. */
export interface StoredBody {
  /** Absolute path of the entry's HTML in Astro's cache folder. */
  htmlFile: string;
  headings: MarkdownHeading[];
  citations?: CitationScan | undefined;
}

/**
 * Folder of the bodies rendered by one process (a build or a dev server): a folder per process, so
 * two builds that share a cache folder (worktrees with one node_modules, a build beside `astro dev`)
 * never print each other's HTML. The integration removes it after the build.
 */
export function renderedDir(cacheDir: URL, pid = process.pid): URL {
  return new URL(`kb-html/${pid}/`, cacheDir);
}

/** Removes the folders of processes that have ended (a build that crashed, a dev server stopped). */
async function removeStale(cacheDir: URL): Promise<void> {
  const parent = fileURLToPath(new URL('kb-html/', cacheDir));
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const pid = Number(name);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) continue;
    await rm(`${parent}${name}`, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
    const citations = file.data['citations'] as CitationScan | undefined;
    return { html, metadata: { headings: astro?.headings ?? [], citations } };
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
      await removeStale(config.cacheDir);
      const htmlDir = fileURLToPath(new URL(`${name}/`, renderedDir(config.cacheDir)));
      await rm(htmlDir, { recursive: true, force: true });
      await mkdir(htmlDir, { recursive: true });

      const loadFile = async (path: string) => {
        const text = await readFile(path, 'utf8');
        const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
        const relativePath = path.slice(root.length).replace(/^\//, '');
        const { yaml, body } = splitFrontmatter(text);
        const raw = (yaml === undefined ? {} : parseYaml(yaml, relativePath)) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath: path });
        const { html, metadata } = await render(body, path, raw);
        const htmlFile = `${htmlDir}${id}.html`;
        await writeFile(htmlFile, html);
        const stored: StoredBody = { htmlFile, headings: metadata.headings, citations: metadata.citations };
        // `rendered.html` stays empty on purpose: pages print the file (entry-body.ts), never render(entry).
        store.set({ id, data, body, filePath: relativePath, digest: generateDigest(text), rendered: { html: '', metadata: { ...stored } } });
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
