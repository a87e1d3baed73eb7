// Runs the benchmark: for each size, generate the synthetic library, build it with the real site
// and with the minimal reference, measure both, then check the budgets.
//
// Both sites build in their own project folder below .bench/ (never the repository's dist/ or
// content/): .bench/site/ is a snapshot of src/, public/, scripts/ and the config (the working
// tree, or a git ref with --ref) with the synthetic library as its content/, so relative paths
// (content/policies for the policy plugin, glob bases) need no switch; and Astro's own caches
// (.astro/, node_modules/.astro/data-store.json) stay separate from the builds other people run
// in the repository at the same time.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser';
import { startStaticServer } from '../../scripts/lib/serve/static-server';
import { checkBudgets, htmlGrowth } from './budgets';
import { FIRST_SEARCH_SAMPLES, measureFirstSearch, measureNoJs, medianSearch } from './browser';
import { classifyReferencePage, classifySitePage, htmlPages, pageWeight, statsByType, type HtmlPage, type PageClassifier } from './dist-stats';
import { assertInsideBench, folderBytes, readContentDir, writeContentDir } from './files';
import { generateLibrary, readSource, type SourceLibrary } from './library';
import { runMeasured } from './process-tree';
import { INDEX_TIMING, parseIndexTiming } from '../../src/integrations/search-index/timing-line';
import { readIndexManifest } from '../../src/integrations/search-index/index-files';
import type { BenchReport, ContentPageWeight, SiteMetrics, SizeRun } from './results';
import { timedQueries } from './search/bench';
import { DEFAULT_PAGE, DEFAULT_SCRIPT, defaultClient, measureColdLoads, THROTTLED_RATE, type Engine } from './search/timing';

/** Options of {@link runBench}. */
export interface BenchOptions {
  /** Library sizes, e.g. [200, 1000, 5000]. */
  sizes: number[];
  /** PRNG seed of the generator; default "kb-bench". */
  seed: string;
  /** Git ref to build instead of the working tree, e.g. "HEAD"; undefined = working tree. */
  ref?: string | undefined;
  /** Query of the first search, e.g. "三会一课". */
  query: string;
  /** Repository root (where package.json is). */
  repo: string;
  /** Progress lines go here. */
  log: (line: string) => void;
}

/** Files that make up the site's build, copied into the snapshot. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

async function prepareSnapshot(repo: string, root: string, ref: string | undefined): Promise<string> {
  assertInsideBench(root);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const head = execFileSync('git', ['-C', repo, 'rev-parse', '--short', ref ?? 'HEAD'], { encoding: 'utf8' }).trim();
  if (ref) {
    const tar = join(root, '..', 'snapshot.tar');
    execFileSync('git', ['-C', repo, 'archive', '--format=tar', '-o', tar, ref, ...PROJECT_FILES]);
    execFileSync('tar', ['-xf', tar, '-C', root]);
    await rm(tar);
    return head;
  }
  for (const path of PROJECT_FILES) {
    if (existsSync(join(repo, path))) await cp(join(repo, path), join(root, path), { recursive: true });
  }
  const dirty = execFileSync('git', ['-C', repo, 'status', '--porcelain', '--', ...PROJECT_FILES], { encoding: 'utf8' }).trim();
  return dirty ? `${head}+worktree` : head;
}

interface Tools {
  node: string;
  astro: string;
  tsx: string;
  pagefind: string;
}

function tools(repo: string): Tools {
  const path = (p: string) => {
    const full = join(repo, 'node_modules', p);
    if (!existsSync(full)) throw new Error(`${full} → 找不到 → 先运行 npm install`);
    return full;
  };
  return { node: process.execPath, astro: path('astro/bin/astro.mjs'), tsx: path('tsx/dist/cli.mjs'), pagefind: path('pagefind/lib/runner/bin.cjs') };
}

async function build(
  label: string,
  root: string,
  steps: { site: string[]; index?: string[] },
  env: NodeJS.ProcessEnv,
  logFile: string,
  node: string,
): Promise<{ siteMs: number; indexMs: number; peakRssSite: number; peakRssIndex: number; peakProcessRss: number; cpuMs: number }> {
  const site = await runMeasured(node, steps.site, { cwd: root, env, logFile, capture: INDEX_TIMING });
  if (site.code !== 0) throw new Error(`${label}：astro build 失败（退出码 ${site.code}），日志 ${logFile}\n${site.tail}`);
  if (!steps.index) {
    // Our site indexes inside `astro build` (src/integrations/knowledge-base.ts) and logs how long it took.
    const indexMs = site.captured.map(parseIndexTiming).find((ms) => ms !== undefined);
    if (indexMs === undefined) throw new Error(`${label}：构建日志里没有搜索索引的用时（「搜索索引：… 用时 … 秒」），日志 ${logFile} → 检查 knowledgeBase() 是否还在 astro.config.mjs 的 integrations 中`);
    return { siteMs: site.ms - indexMs, indexMs, peakRssSite: site.peakRss, peakRssIndex: 0, peakProcessRss: site.peakProcessRss, cpuMs: site.cpuMs };
  }
  const index = await runMeasured(node, steps.index, { cwd: root, env, logFile });
  if (index.code !== 0) throw new Error(`${label}：搜索索引失败（退出码 ${index.code}），日志 ${logFile}\n${index.tail}`);
  return { siteMs: site.ms, indexMs: index.ms, peakRssSite: site.peakRss, peakRssIndex: index.peakRss, peakProcessRss: Math.max(site.peakProcessRss, index.peakProcessRss), cpuMs: site.cpuMs + index.cpuMs };
}

/** Measures a built site folder: sizes, HTML per type, content page weight, no-JS text, a first search on an idle page and cold loads of the search page. */
async function measureSite(
  dist: string,
  classify: PageClassifier,
  browser: Browser,
  query: string,
  engine: Engine,
): Promise<{ pages: HtmlPage[]; metrics: Omit<SiteMetrics, 'build'> }> {
  const pages = await htmlPages(dist);
  const html = statsByType(pages, classify);
  const contentPages: Record<string, ContentPageWeight> = {};
  const cache = new Map();
  for (const page of pages) {
    const type = classify(page.url);
    if (!type?.startsWith('entry:')) continue;
    const weight = await pageWeight(dist, await readFile(join(dist, page.file), 'utf8'), page.url, '/', cache);
    const current = contentPages[type];
    if (!current || weight.totalGzip > current.totalGzip) {
      contentPages[type] = {
        url: page.url,
        cssGzip: weight.cssGzip,
        jsGzip: weight.jsGzip,
        totalGzip: weight.totalGzip,
        assets: weight.assets.map((a) => ({ url: a.url, gzip: a.gzip })),
      };
    }
  }
  const server = await startStaticServer({ root: dist });
  try {
    const origin = server.url.replace(/\/$/, '');
    const noJs = [];
    for (const [type, stats] of Object.entries(html).sort()) {
      if (type.startsWith('entry:')) noJs.push(await measureNoJs(browser, origin + stats.maxUrl));
    }
    const samples = [];
    for (let i = 0; i < FIRST_SEARCH_SAMPLES; i++) samples.push(await measureFirstSearch(browser, `${origin}/search/`, query));
    const search = medianSearch(samples);
    const metrics = {
      pages: pages.length,
      distBytes: await folderBytes(dist),
      indexBytes: await folderBytes(join(dist, 'pagefind')),
      facetData: (await readIndexManifest(join(dist, 'pagefind')))?.facets,
      html,
      contentPages,
      noJs,
      search,
    };
    // The reference has no search page of its own to open with ?q=: bench:search's minimal
    // default-Pagefind page goes in for the measurement and out again.
    const extra = engine === 'default' ? defaultClient('pagefind') : undefined;
    if (extra) {
      await writeFile(join(dist, DEFAULT_PAGE), extra.html);
      await writeFile(join(dist, DEFAULT_SCRIPT), extra.script);
    }
    // A server of its own: the static server (sirv, production mode) lists the folder's files when it starts.
    const coldServer = await startStaticServer({ root: dist });
    try {
      return { pages, metrics: { ...metrics, coldLoad: await measureColdLoads(browser, coldServer.url, engine, timedQueries(), THROTTLED_RATE) } };
    } finally {
      await coldServer.close();
      if (extra) await Promise.all([rm(join(dist, DEFAULT_PAGE)), rm(join(dist, DEFAULT_SCRIPT))]);
    }
  } finally {
    await server.close();
  }
}

/** Runs the whole benchmark and returns the report (budgets included); writes nothing outside .bench/. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { repo, log } = options;
  const bench = join(repo, '.bench');
  const siteRoot = join(bench, 'site');
  const refRoot = join(bench, 'reference');
  const logFile = join(bench, 'bench.log');
  await mkdir(bench, { recursive: true });
  await rm(logFile, { force: true });
  const tool = tools(repo);

  log(`准备源码快照 ${options.ref ? `（${options.ref}）` : '（工作区）'} → .bench/site/，参照站 → .bench/reference/`);
  const source = await prepareSnapshot(repo, siteRoot, options.ref);
  assertInsideBench(refRoot);
  await rm(refRoot, { recursive: true, force: true });
  await cp(join(repo, 'bench/reference'), refRoot, { recursive: true });
  const shipped: SourceLibrary = readSource(await readContentDir(join(repo, 'content')));

  // Both builds at the root path, without telemetry; the rest of the environment as given.
  const env = { ...process.env, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };
  const browser = await launchBrowser();
  const runs: SizeRun[] = [];
  const pagesBySize = new Map<number, HtmlPage[]>();
  try {
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const library = generateLibrary(shipped, size, options.seed);
      log(`N=${size}：生成合成文库（法规 ${library.counts.policies}、模板 ${library.counts.templates}、资料 ${library.counts.materials}）`);
      await writeContentDir(join(siteRoot, 'content'), library.files);
      await writeContentDir(join(refRoot, 'content'), library.files);

      log(`N=${size}：构建本站…`);
      const siteBuild = await build(`本站 N=${size}`, siteRoot, { site: [tool.astro, 'build'] }, env, logFile, tool.node);
      log(`N=${size}：构建参照站…`);
      const refBuild = await build(`参照站 N=${size}`, refRoot, { site: [tool.astro, 'build'], index: [tool.pagefind, '--site', 'dist'] }, env, logFile, tool.node);

      log(`N=${size}：测量（文件大小、页面、Chromium 中的首次搜索）…`);
      const site = await measureSite(join(siteRoot, 'dist'), classifySitePage, browser, options.query, 'ours');
      const reference = await measureSite(join(refRoot, 'dist'), classifyReferencePage, browser, options.query, 'default');
      pagesBySize.set(size, site.pages);
      const withBuild = (b: typeof siteBuild, m: typeof site.metrics): SiteMetrics => ({
        build: {
          ...b,
          totalMs: b.siteMs + b.indexMs,
          msPerEntry: (b.siteMs + b.indexMs) / size,
          peakRss: Math.max(b.peakRssSite, b.peakRssIndex),
          peakProcessRss: b.peakProcessRss,
          cpuMsPerEntry: b.cpuMs / size,
        },
        ...m,
      });
      runs.push({ size, counts: library.counts, site: withBuild(siteBuild, site.metrics), reference: withBuild(refBuild, reference.metrics) });
      log(`N=${size}：本站 ${(siteBuild.siteMs / 1000).toFixed(1)} s + 索引 ${(siteBuild.indexMs / 1000).toFixed(1)} s；参照站 ${(refBuild.siteMs / 1000).toFixed(1)} s + ${(refBuild.indexMs / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }

  const sizes = [...pagesBySize.keys()].sort((a, b) => a - b);
  const from = sizes[0];
  const to = sizes.at(-1);
  const growth =
    from !== undefined && to !== undefined && from !== to
      ? { from, to, byType: htmlGrowth(pagesBySize.get(from)!, pagesBySize.get(to)!, classifySitePage) }
      : undefined;
  return {
    meta: {
      date: new Date().toISOString(),
      source,
      seed: options.seed,
      query: options.query,
      node: process.version,
      cpus: cpus().length,
      sizes,
    },
    runs,
    growth,
    budgets: checkBudgets(runs, growth),
  };
}
