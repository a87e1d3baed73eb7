// `npm run bench:search`: our Chinese search against a default Pagefind index of the same pages,
// in headless Chromium, through the real search page of the built site, under the site's CSP.
// Ground truth comes from the built pages' text (scripts/lib/search/bench.ts). Prints a table
// and writes .bench/search.json (or prints JSON with --json).
// Usage: npm run bench:search [-- --json] [-- --reuse-dist]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { GROUPS, QUERIES, benchPages, groundTruth, median, score, summarise, type BenchPage, type QueryScore } from './lib/search/bench';
import { buildSearchIndex, htmlFiles, pageUrl } from '../src/integrations/search-index/build-index';
import { EXCLUDED } from '../src/integrations/search-index/index-page';
import { startStaticServer } from './lib/serve/static-server';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'";
const DEFAULT_DIR = 'pagefind-default';
const json = process.argv.includes('--json');
const log = (line = '') => {
  if (!json) console.log(line);
};


async function folderSize(dir: string, files?: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderSize(path);
    else if (!files || files(entry.name)) total += (await stat(path)).size;
  }
  return total;
}

/** Bytes of the index itself: metadata, word chunks, filters, fragments (not the JS/CSS/WASM bundle). */
async function indexSize(dir: string): Promise<number> {
  const top = await folderSize(dir, (name) => name.endsWith('.pf_meta') || name === 'kb-fold.json');
  return top + (await folderSize(join(dir, 'index'))) + (await folderSize(join(dir, 'fragment'))) + (existsSync(join(dir, 'filter')) ? await folderSize(join(dir, 'filter')) : 0);
}

// Build into a folder of our own (dist/ may be rebuilt by others meanwhile, and the default
// index must not land in it); --reuse-dist copies an existing dist/ instead.
const work = await mkdtemp(join(tmpdir(), 'kb-bench-'));
const site = join(work, 'site');
if (process.argv.includes('--reuse-dist') && existsSync('dist/index.html')) {
  await cp('dist', site, { recursive: true });
} else {
  log('构建网站（astro build）…');
  execFileSync('npx', ['astro', 'build', '--silent', '--outDir', site], { stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });
}

try {
  // Our index (timed); the default index with Pagefind's defaults over the
  // same HTML and the same scope (navigation and related lists left out, as in ours).
  let started = performance.now();
  await buildSearchIndex(site);
  const oursIndexing = performance.now() - started;
  started = performance.now();
  const { index } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED, '.kb-related', '.kb-breadcrumbs'] });
  if (!index) throw new Error('Pagefind could not create the default index');
  await index.addDirectory({ path: site });
  await index.writeFiles({ outputPath: join(site, DEFAULT_DIR) });
  await pagefind.close();
  const defaultIndexing = performance.now() - started;

  const pages: BenchPage[] = [];
  for (const file of await htmlFiles(site, ['pagefind', DEFAULT_DIR])) {
    pages.push(...benchPages(pageUrl(site, file), await readFile(file, 'utf8')));
  }

  const server = await startStaticServer({ root: site, headers: { 'Content-Security-Policy': CSP } });
  const browser = await launchBrowser();
  const newContext = async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    // Time to first results, measured in the page from navigation start. Ours: the first result
    // rendered (or the search finished empty). Default: the same work done by a minimal client
    // that imports the default pagefind.js at document start and loads the first ten results.
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const params = new URLSearchParams(location.search);
      const defaultQuery = params.get('bench-default');
      if (defaultQuery !== null) {
        // Start where a page's own module script would: at DOMContentLoaded.
        document.addEventListener('DOMContentLoaded', () => void (async () => {
          const pf = (await import(`${location.origin}/pagefind-default/pagefind.js`)) as {
            search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
          };
          const response = await pf.search(defaultQuery);
          const first = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
          w['__kbFirst'] = performance.now();
          const all = [...first, ...(await Promise.all(response.results.slice(10).map((r) => r.data())))];
          w['__kbDefault'] = all.map((d) => d.url);
        })().catch((error: unknown) => (w['__kbDefault'] = { error: String(error) })));
        return;
      }
      const observer = new MutationObserver(() => {
        const list = document.querySelector('[data-search-results]');
        const done = document.querySelector('kb-search')?.getAttribute('data-state') === 'done';
        if (w['__kbFirst'] === undefined && (list?.querySelector('li') || (done && params.get('q')))) w['__kbFirst'] = performance.now();
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true }));
    });
    return context;
  };
  const errors: string[] = [];
  const context = await newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));

  /** Our search page: time to first results and, with `all`, every result in rank order. */
  async function measureOurs(page: Page, query: string, all: boolean): Promise<{ ms: number; urls: string[] }> {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('kb-search')?.getAttribute('data-state') === 'done' && (window as unknown as Record<string, unknown>)['__kbFirst'] !== undefined, null, { timeout: 30_000 });
    const ms = (await page.evaluate(() => (window as unknown as Record<string, number>)['__kbFirst'])) as number;
    // Show every batch.
    while (all && (await page.locator('[data-search-more]:visible').count())) {
      await page.locator('[data-search-more]').click();
      await page.waitForFunction(() => document.querySelector('kb-search')?.getAttribute('data-state') === 'done');
    }
    const urls = await page.$$eval('[data-search-results] .kb-result__title a', (links: Element[]) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { ms, urls };
  }

  /** Default Pagefind through the minimal client in the init script. */
  async function measureDefault(page: Page, query: string): Promise<{ ms: number; urls: string[] }> {
    await page.goto(`${server.url}search/?bench-default=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__kbDefault'] !== undefined, null, { timeout: 30_000 });
    const [ms, urls] = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w['__kbFirst'] as number, w['__kbDefault'] as string[] | { error: string }];
    });
    if (!Array.isArray(urls)) throw new Error(`default Pagefind failed on ${query}: ${urls.error}`);
    return { ms, urls: urls.map((u) => new URL(u, server.url).pathname) };
  }

  // Cold starts: each engine in a fresh browser context (empty cache), alternating who goes first.
  const cold: { ours: number[]; default: number[] } = { ours: [], default: [] };
  for (const [i, { query }] of QUERIES.filter((_, i) => i % 8 === 0).entries()) {
    for (const engine of i % 2 ? (['default', 'ours'] as const) : (['ours', 'default'] as const)) {
      const fresh = await newContext();
      const coldPage = await fresh.newPage();
      cold[engine].push((engine === 'ours' ? await measureOurs(coldPage, query, false) : await measureDefault(coldPage, query)).ms);
      await fresh.close();
    }
  }

  const rows: { group: string; query: string; relevant: number; ours: string[]; default: string[]; oursMs: number; defaultMs: number; oursScore: QueryScore; defaultScore: QueryScore }[] = [];
  for (const { group, query } of QUERIES) {
    const relevant = groundTruth(query, pages);
    // Alternate which engine runs first so neither always gets the warmer machine.
    let oursRun: { ms: number; urls: string[] };
    let defaultRun: { ms: number; urls: string[] };
    if (rows.length % 2) {
      defaultRun = await measureDefault(page, query);
      oursRun = await measureOurs(page, query, true);
    } else {
      oursRun = await measureOurs(page, query, true);
      defaultRun = await measureDefault(page, query);
    }
    const { ms: oursMs, urls: ours } = oursRun;
    const { ms: defaultMs, urls: defaults } = defaultRun;
    rows.push({ group, query, relevant: relevant.size, ours, default: defaults, oursMs, defaultMs, oursScore: score(ours, relevant), defaultScore: score(defaults, relevant) });
    if (relevant.size === 0) log(`注意：「${query}」在页面文本中没有出现，基准查询应换一个。`);
  }
  await browser.close();
  await server.close();

  const groups = Object.fromEntries(
    GROUPS.map((g) => {
      const inGroup = rows.filter((r) => r.group === g);
      return [g, { ours: summarise(inGroup.map((r) => r.oursScore)), default: summarise(inGroup.map((r) => r.defaultScore)) }];
    }),
  );
  const overall = { ours: summarise(rows.map((r) => r.oursScore)), default: summarise(rows.map((r) => r.defaultScore)) };
  const sizes = { ours: await indexSize(join(site, 'pagefind')), default: await indexSize(join(site, DEFAULT_DIR)) };
  const timing = {
    ours: { coldMedianMs: median(cold.ours), medianMs: median(rows.map((r) => r.oursMs)), indexingMs: oursIndexing },
    default: { coldMedianMs: median(cold.default), medianMs: median(rows.map((r) => r.defaultMs)), indexingMs: defaultIndexing },
  };
  const report = { pages: pages.length, queries: rows.length, overall, groups, sizes, timing, errors, rows };
  await mkdir('.bench', { recursive: true });
  await writeFile('.bench/search.json', JSON.stringify(report, null, 2));
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const f = (n: number) => n.toFixed(3);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    log(`\n中文搜索基准：${pages.length} 个页面，${rows.length} 个查询（Chromium，真实搜索页，CSP 生效）\n`);
    log('| 指标 | 本站索引 | Pagefind 默认 |');
    log('| --- | ---: | ---: |');
    log(`| 召回率 recall | ${f(overall.ours.recall)} | ${f(overall.default.recall)} |`);
    log(`| recall@10 | ${f(overall.ours.recallAt10)} | ${f(overall.default.recallAt10)} |`);
    log(`| 准确率 precision | ${f(overall.ours.precision)} | ${f(overall.default.precision)} |`);
    log(`| MRR | ${f(overall.ours.mrr)} | ${f(overall.default.mrr)} |`);
    log(`| 零结果率 | ${f(overall.ours.zeroRate)} | ${f(overall.default.zeroRate)} |`);
    log(`| 索引大小 | ${kb(sizes.ours)} (${(sizes.ours / sizes.default).toFixed(2)}×) | ${kb(sizes.default)} |`);
    log(`| 首批结果时间（缓存后，${rows.length} 次中位数） | ${timing.ours.medianMs.toFixed(0)} ms | ${timing.default.medianMs.toFixed(0)} ms |`);
    log(`| 首批结果时间（冷启动，空缓存，${cold.ours.length} 次中位数） | ${timing.ours.coldMedianMs.toFixed(0)} ms | ${timing.default.coldMedianMs.toFixed(0)} ms |`);
    log(`| 建索引时间 | ${timing.ours.indexingMs.toFixed(0)} ms | ${timing.default.indexingMs.toFixed(0)} ms |`);
    log('\n按查询类型（本站 / 默认）：\n');
    log('| 类型 | 查询数 | recall | precision | MRR | 零结果率 |');
    log('| --- | ---: | --- | --- | --- | --- |');
    for (const [g, s] of Object.entries(groups)) {
      log(`| ${g} | ${s.ours.queries} | ${f(s.ours.recall)} / ${f(s.default.recall)} | ${f(s.ours.precision)} / ${f(s.default.precision)} | ${f(s.ours.mrr)} / ${f(s.default.mrr)} | ${f(s.ours.zeroRate)} / ${f(s.default.zeroRate)} |`);
    }
    const misses = rows.filter((r) => r.oursScore.recall < 1 || (r.oursScore.precision ?? 1) < 1);
    if (misses.length) {
      log('\n本站未达满分的查询：');
      for (const r of misses) log(`  ${r.query}: 相关 ${r.relevant}，返回 ${r.ours.length}，recall ${f(r.oursScore.recall)}，precision ${f(r.oursScore.precision ?? 0)}`);
    }
    if (errors.length) log(`\n页面错误：${errors.join('; ')}`);
    log('\n详细结果：.bench/search.json');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
