// The site's own Astro integration: everything that belongs to producing the site runs inside
// `astro build`, so any Astro tooling (a host's preset, `astro build` from Astro's docs) yields
// the whole site. Modelled on Starlight's integrations (a hook per build stage, errors as
// AstroError(message, hint), output through Astro's logger).
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { COLLECTIONS } from '../lib/content/collections';
import { renderedDir } from '../lib/content/entry-loader';
import { checkItemFields, formatItemFieldProblem } from '../lib/items/check-item-fields';
import { readCollection } from '../lib/content/entry-file';
import { loadGlossaryTerms } from '../lib/glossary';
import { articleLinkProblems } from '../lib/policy-article-links';
import { policyFromEntry } from '../lib/policy-catalog';
import { formatPolicyProblems } from '../lib/policy-checks';
import { buildCatalog } from '../lib/policy-titles';
import { sitePlugins } from '../plugins/index';
import { CitationCollector, policyProblems, unknownTitles, writeUnknownCitations } from './citation-report';
import { indexTimingLine } from './search-index/timing-line';
import { buildSearchIndex } from './search-index/build-index';
import { writeModulePreloads } from './module-preload';
import { viteLazyChunk } from './vite-lazy-chunk';
import { viteUiStrings } from './vite-ui-strings';

const FIX_AND_REBUILD = '按每行箭头后的说明修改对应文件，然后重新构建。';

/**
 * The built search page (src/pages/search/index.astro, build.format "directory"). It gets
 * modulepreload links for its scripts' chunks: it is the one page whose first view waits for its
 * scripts (they run the search); elsewhere scripts only add tools to text already shown, and one
 * page keeps the cost the same whatever the library's size.
 */
const SEARCH_PAGE = 'search/index.html';

/** The knowledge base integration: reads shared inputs once, sets the Markdown pipeline, then checks, reports and indexes the built site. */
export function knowledgeBase(): AstroIntegration {
  let collector: CitationCollector;
  let policies: ReturnType<typeof readCollection>['entries'] = [];
  let projectRoot = '.';
  let cacheDir: URL | undefined;
  let base = '/';
  return {
    name: 'dangjian-kb',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        projectRoot = root;
        cacheDir = config.cacheDir;
        base = config.base;
        // The catalogue and glossary are read once per build and handed to the plugins.
        const read = readCollection('policies', root);
        if (read.problems.length) throw new AstroError(`内容文件有 ${read.problems.length} 个问题：\n${read.problems.join('\n')}`, FIX_AND_REBUILD);
        policies = read.entries.filter((entry) => entry.data['draft'] !== true);
        let glossary;
        try {
          glossary = loadGlossaryTerms(root);
        } catch (error) {
          throw new AstroError(`术语表有问题：\n${(error as Error).message}`, FIX_AND_REBUILD);
        }
        collector = new CitationCollector(root);
        const plugins = sitePlugins({
          catalog: buildCatalog(policies.map(policyFromEntry)),
          glossary,
          base: config.base,
          onCitations: collector.add,
        });
        // In `astro dev`, an edit to the catalogue or glossary restarts the server so plugins see it.
        if (command === 'dev') {
          for (const name of ['policies', 'glossary'] as const) addWatchFile(new URL(`${COLLECTIONS[name].folder}/`, config.root));
        }
        updateConfig({
          // Astro 7's default Markdown processor does not run remark/rehype plugins; ours need unified().
          markdown: { processor: unified({ ...plugins, smartypants: false }) },
          vite: { plugins: [viteUiStrings(), viteLazyChunk()] },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The pages are written: the bodies the content loader rendered for them are not needed any more.
        if (cacheDir) await rm(renderedDir(cacheDir), { recursive: true, force: true });
        const site = fileURLToPath(dir);
        const problems = [...policyProblems(policies, collector), ...articleLinkProblems(site)];
        if (problems.length) {
          throw new AstroError(
            `党内法规检查发现 ${problems.length} 个问题：\n${formatPolicyProblems(problems)}`,
            '按每行“改法”修改对应文件后重新构建。版本关系写在 supersedes / supersededBy，条文引用须指向全文中存在的条。',
          );
        }
        logger.info(await writeUnknownCitations(site, unknownTitles(collector)));

        // Every shipped item's fields hold content, never a label, a separator or a placeholder fragment.
        const itemFiles = (['templates', 'materials'] as const).flatMap((name) => readCollection(name, projectRoot).entries.map(({ file, body }) => ({ file, body })));
        const bad = checkItemFields(itemFiles);
        if (bad.length) {
          throw new AstroError(
            `问题条目的字段检查发现 ${bad.length} 个问题：\n${bad.map(formatItemFieldProblem).join('\n')}`,
            '字段里只能是内容：标签、分隔符和残缺的占位符不能单独成为字段的值。按每行的改法修改后重新构建。',
          );
        }

        const started = performance.now();
        const index = await buildSearchIndex(site);
        if (index.pages === 0) index.problems.push(`${site} → 没有找到可搜索的页面 → 检查条目页是否带 data-pagefind-body`);
        if (index.problems.length) throw new AstroError(`搜索索引有 ${index.problems.length} 个问题：\n${index.problems.join('\n')}`, FIX_AND_REBUILD);
        logger.info(indexTimingLine(index.pages, performance.now() - started));
        await writeModulePreloads(site, SEARCH_PAGE, base);
      },
    },
  };
}
