// `npm run bench:search`: our Chinese search against default Pagefind on the same pages, in
// headless Chromium, through the real search page of the built site under the site's CSP.
// 1. Index coverage: every page carrying data-pagefind-body is in the index, nothing else is.
// 2. Recall and precision per query kind (ground truth from the built pages' text).
// 3. Time to first results, cold and for a new query on an open page, 4× CPU throttling and none.
// 4. Suggestion data fetched while typing a query, at 1,000 and 20,000 entries.
// Prints tables, writes .bench/search.json, and exits 1 when a target of issues 15/17 fails.
// Usage: npm run bench:search [-- --reuse-dist] [-- --json] [-- --quick]
//   --reuse-dist  copy an existing dist/ instead of building
//   --quick       fewer timing samples (for trying things out; the figures are noisier)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../tests/helpers/browser';
import { readContentDir } from './lib/files';
import { generateLibrary, readSource } from './lib/library';
import { benchPages, carriesBody, checkTargets, GROUPS, groundTruth, median, NEW_GROUPS, QUERIES, score, summarise, TARGETS, timedQueries, type BenchPage, type Group, type QueryScore } from './lib/search/bench';
import { measureSuggestBytes, suggestSources, type SuggestBytes } from './lib/search/suggest-bench';
import { coldLoad, DEFAULT_PAGE, DEFAULT_SCRIPT, defaultClient, defaultResults, freshPage, newQuery, ourResults, THROTTLED_RATE, type Engine } from './lib/search/timing';
import { CSP } from '../src/lib/csp';
import { startStaticServer } from '../scripts/lib/serve/static-server';
import { buildSearchIndex, htmlFiles, pageUrl } from '../src/integrations/search-index/build-index';
import { indexFragments, shardDirs } from '../src/integrations/search-index/index-files';
import { EXCLUDED } from '../src/integrations/search-index/index-page';
import { buildFoldTable } from '../src/search/fold-map';
import { SUGGEST_DIR } from '../src/search/suggest';
import { createFolder } from '../src/search/text';

const DEFAULT_DIR = 'pagefind-default';
const SUGGEST_SIZES = [1000, 20000];
const RATES = [THROTTLED_RATE, 1];
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (line = '') => {
  if (!json) console.log(line);
};

/** Bytes of a folder's files and its subfolders'. */
async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderSize(path) : (await stat(path)).size;
  }
  return total;
}

/**
 * Bytes of the index itself: metadata, word chunks, filters, fragments, our tables (fold,
 * lexicon, facets); not the JS/CSS/WASM bundle, and not the suggestion shards (reported apart).
 * Top-level files only at the top: the subfolders are counted once, below.
 */
async function indexSize(indexDir: string): Promise<number> {
  let total = 0;
  for (const dir of await shardDirs(indexDir)) {
    const sub = async (name: string) => (existsSync(join(dir, name)) ? folderSize(join(dir, name)) : 0);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && (entry.name.endsWith('.pf_meta') || /^kb-.*\.json$/.test(entry.name))) total += (await stat(join(dir, entry.name))).size;
    }
    total += (await sub('index')) + (await sub('fragment')) + (await sub('filter'));
  }
  return total;
}

/** URLs of every record in an index folder (every shard of it), read from the fragments. */
async function indexedUrls(indexDir: string): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const dir of await shardDirs(indexDir)) for (const fragment of (await indexFragments(dir)).values()) urls.add(decodeURI(fragment.url));
  return urls;
}

// Build into a folder of our own (dist/ may be rebuilt by others meanwhile, and the default
// index must not land in it); --reuse-dist copies an existing dist/ instead.
const work = await mkdtemp(join(tmpdir(), 'kb-bench-'));
const site = join(work, 'site');
let exitCode = 0;
try {
  if (process.argv.includes('--reuse-dist') && existsSync('dist/index.html')) {
    await cp('dist', site, { recursive: true });
  } else {
    log('构建网站（astro build）…');
    execFileSync('npx', ['astro', 'build', '--silent', '--outDir', site], { stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });
  }

  // Our index (timed again here), and the default index with Pagefind's defaults over the same
  // HTML and the same scope (navigation and related lists left out, as in ours).
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
  const client = defaultClient(DEFAULT_DIR);
  await writeFile(join(site, DEFAULT_PAGE), client.html);
  await writeFile(join(site, DEFAULT_SCRIPT), client.script);

  // 1. Coverage: the searchable units of every page carrying data-pagefind-body are exactly the index.
  const pages: BenchPage[] = [];
  const coverage: string[] = [];
  for (const file of await htmlFiles(site, ['pagefind', DEFAULT_DIR])) {
    const html = await readFile(file, 'utf8');
    const units = benchPages(pageUrl(site, file), html);
    if (carriesBody(html) && units.length === 0) coverage.push(`${pageUrl(site, file)} 带 data-pagefind-body，却没有可搜索的内容`);
    pages.push(...units);
  }
  const indexed = await indexedUrls(join(site, 'pagefind'));
  for (const page of pages) if (!indexed.has(page.url)) coverage.push(`${page.url} 可搜索，却不在索引中`);
  for (const url of indexed) if (!pages.some((p) => p.url === url)) coverage.push(`${url} 在索引中，却不是带 data-pagefind-body 的页面内容`);

  const server = await startStaticServer({ root: site, headers: { 'Content-Security-Policy': CSP } });
  const browser = await launchBrowser();
  const errors: string[] = [];

  // 2. Recall and precision: every query, every result.
  const rows: { group: Group; query: string; relevant: number; ours: string[]; default: string[]; oursScore: QueryScore; defaultScore: QueryScore }[] = [];
  {
    const { context, page } = await freshPage(browser, 1);
    page.on('pageerror', (error) => errors.push(error.message));
    const ours = await ourResults(page, server.url, QUERIES.map((q) => q.query));
    const defaults = await defaultResults(page, server.url, QUERIES.map((q) => q.query));
    for (const [i, query] of QUERIES.entries()) {
      const relevant = groundTruth(query, pages);
      if (relevant.size === 0 && query.group !== 'none') coverage.push(`基准查询「${query.query}」在页面文本中没有出现，应换一个`);
      if (relevant.size > 0 && query.group === 'none') coverage.push(`基准查询「${query.query}」应当没有结果，却出现在 ${[...relevant][0]}`);
      // Default Pagefind indexes the glossary as one page: a relevant term counts as the page.
      const relevantPages = new Set([...relevant].map((url) => url.split('#')[0] as string));
      const o = ours[i] ?? [];
      const d = defaults[i] ?? [];
      rows.push({ group: query.group, query: query.query, relevant: relevant.size, ours: o, default: d, oursScore: score(o, relevant), defaultScore: score(d, relevantPages) });
    }
    await context.close();
  }

  // 3. Time to first results. Cold: a fresh context per load, engines alternating who goes
  // first. New query: one open page per engine, the queries typed one after another.
  const timed = timedQueries(quick ? 16 : 6);
  type Samples = Record<Engine, { cold: number[]; newQuery: number[] }>;
  const timing: Record<number, Samples> = {};
  for (const rate of RATES) {
    const t: Samples = { ours: { cold: [], newQuery: [] }, default: { cold: [], newQuery: [] } };
    timing[rate] = t;
    for (const [i, query] of timed.entries()) {
      for (const engine of i % 2 ? (['default', 'ours'] as const) : (['ours', 'default'] as const)) {
        const { context, page } = await freshPage(browser, rate);
        page.on('pageerror', (error) => errors.push(error.message));
        t[engine].cold.push(await coldLoad(page, server.url, engine, query));
        await context.close();
      }
    }
    for (const engine of ['ours', 'default'] as const) {
      const { context, page } = await freshPage(browser, rate);
      page.on('pageerror', (error) => errors.push(error.message));
      await coldLoad(page, server.url, engine, '党员');
      for (const query of timed) t[engine].newQuery.push(await newQuery(page, engine, query));
      await context.close();
    }
  }
  await browser.close();
  await server.close();

  // 4. Suggestion data per query at 1,000 and 20,000 entries.
  const table = buildFoldTable();
  const folder = createFolder(table);
  const source = readSource(await readContentDir('content'));
  const typed = QUERIES.filter((q) => q.group !== 'none').map((q) => q.query);
  const suggest: SuggestBytes[] = [];
  for (const size of SUGGEST_SIZES) suggest.push(await measureSuggestBytes(size, suggestSources(generateLibrary(source, size).files), typed, folder, table));

  const groups = Object.fromEntries(
    GROUPS.map((g) => {
      const inGroup = rows.filter((r) => r.group === g);
      return [g, { ours: summarise(inGroup.map((r) => r.oursScore)), default: summarise(inGroup.map((r) => r.defaultScore)) }];
    }),
  );
  const overall = { ours: summarise(rows.map((r) => r.oursScore)), default: summarise(rows.map((r) => r.defaultScore)) };
  const sizes = { ours: await indexSize(join(site, 'pagefind')), default: await indexSize(join(site, DEFAULT_DIR)), suggestShards: await folderSize(join(site, 'pagefind', SUGGEST_DIR)) };
  const times = Object.fromEntries(
    RATES.map((rate) => [
      rate,
      Object.fromEntries((['ours', 'default'] as const).map((e) => [e, { coldMedianMs: median(timing[rate]![e].cold), newQueryMedianMs: median(timing[rate]![e].newQuery), cold: timing[rate]![e].cold, newQuery: timing[rate]![e].newQuery }])),
    ]),
  ) as Record<number, Record<Engine, { coldMedianMs: number; newQueryMedianMs: number; cold: number[]; newQuery: number[] }>>;
  const checks = checkTargets({
    recall: overall.ours.recall,
    precision: overall.ours.precision,
    coverageProblems: coverage.length,
    coldMsThrottled: times[THROTTLED_RATE]!.ours.coldMedianMs,
    newQueryMsThrottled: times[THROTTLED_RATE]!.ours.newQueryMedianMs,
    suggestBytes: suggest.map((s) => ({ entries: s.entries, bytes: s.maxBytes })),
    indexSizeRatio: sizes.ours / sizes.default,
  });
  exitCode = checks.every((c) => c.ok) && errors.length === 0 ? 0 : 1;
  const report = { pages: pages.length, queries: rows.length, overall, groups, sizes, indexing: { oursMs: oursIndexing, defaultMs: defaultIndexing }, times, suggest, coverage, checks, errors, rows };
  await mkdir('.bench', { recursive: true });
  await writeFile('.bench/search.json', JSON.stringify(report, null, 2));
  if (json) console.log(JSON.stringify(report, null, 2));

  const f = (n: number) => n.toFixed(3);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  log(`\n中文搜索基准：${pages.length} 个可搜索单元（页面及术语条目），${rows.length} 个查询（Chromium，真实搜索页，CSP 生效）\n`);
  log('| 指标 | 本站 | Pagefind 默认 |');
  log('| --- | ---: | ---: |');
  log(`| 召回率 recall（有相关页的查询） | ${f(overall.ours.recall)} | ${f(overall.default.recall)} |`);
  log(`| recall@10 | ${f(overall.ours.recallAt10)} | ${f(overall.default.recallAt10)} |`);
  log(`| 准确率 precision（全部查询） | ${f(overall.ours.precision)} | ${f(overall.default.precision)} |`);
  log(`| MRR | ${f(overall.ours.mrr)} | ${f(overall.default.mrr)} |`);
  log(`| 零结果率 | ${f(overall.ours.zeroRate)} | ${f(overall.default.zeroRate)} |`);
  log(`| 索引大小 | ${kb(sizes.ours)} (${(sizes.ours / sizes.default).toFixed(2)}×) | ${kb(sizes.default)} |`);
  log(`| 输入建议分片（另计） | ${kb(sizes.suggestShards)} | — |`);
  log(`| 建索引时间 | ${ms(oursIndexing)} (${(oursIndexing / defaultIndexing).toFixed(2)}×) | ${ms(defaultIndexing)} |`);
  log('\n按查询类型（本站 / 默认）：\n');
  log('| 类型 | 查询数 | recall | precision | MRR | 零结果率 |');
  log('| --- | ---: | --- | --- | --- | --- |');
  const groupLine = (g: string) => {
    const s = groups[g]!;
    log(`| ${g} | ${s.ours.queries} | ${f(s.ours.recall)} / ${f(s.default.recall)} | ${f(s.ours.precision)} / ${f(s.default.precision)} | ${f(s.ours.mrr)} / ${f(s.default.mrr)} | ${f(s.ours.zeroRate)} / ${f(s.default.zeroRate)} |`);
  };
  for (const g of GROUPS.filter((g) => !NEW_GROUPS.includes(g))) groupLine(g);
  log('| **新增类型** | | | | | |');
  for (const g of NEW_GROUPS) groupLine(g);
  log(`\n首批结果时间（中位数；冷启动 ${timed.length} 次：新上下文打开 /search/?q=…；新查询 ${timed.length} 次：已打开的搜索页上输入）：\n`);
  log('| CPU | 场景 | 本站 | Pagefind 默认 | 比值 | 目标 |');
  log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const rate of RATES) {
    const t = times[rate]!;
    log(`| ${rate}× 降速 | 冷启动 | ${ms(t.ours.coldMedianMs)} | ${ms(t.default.coldMedianMs)} | ${(t.ours.coldMedianMs / t.default.coldMedianMs).toFixed(2)} | ${rate === 4 ? `≤ ${TARGETS.coldMs} ms` : ''} |`);
    log(`| ${rate}× 降速 | 新查询 | ${ms(t.ours.newQueryMedianMs)} | ${ms(t.default.newQueryMedianMs)} | ${(t.ours.newQueryMedianMs / t.default.newQueryMedianMs).toFixed(2)} | ${rate === 4 ? `≤ ${TARGETS.newQueryMs} ms` : ''} |`);
  }
  log('\n输入建议：逐字输入一个查询时取回的数据（gzip；含繁简对照表与清单）：\n');
  log('| 条目数 | 分片数 | 全部分片 | 每查询中位数 | 每查询最大 | 最大的查询 |');
  log('| ---: | ---: | ---: | ---: | ---: | --- |');
  for (const s of suggest) log(`| ${s.entries} | ${s.shards} | ${kb(s.totalBytes)} | ${kb(s.medianBytes)} | ${kb(s.maxBytes)} | ${s.worstQuery} |`);
  const misses = rows.filter((r) => (r.oursScore.recall ?? 1) < 1 || r.oursScore.precision < 1);
  if (misses.length) {
    log('\n本站未达满分的查询：');
    for (const r of misses) {
      const relevant = groundTruth(QUERIES.find((q) => q.query === r.query) ?? r.query, pages);
      const extra = r.ours.filter((u) => !relevant.has(u)).slice(0, 3);
      const missing = [...relevant].filter((u) => !r.ours.includes(u)).slice(0, 3);
      log(`  ${r.query}: 相关 ${r.relevant}，返回 ${r.ours.length}，recall ${f(r.oursScore.recall ?? 1)}，precision ${f(r.oursScore.precision)}${extra.length ? `；多出 ${extra.join(' ')}` : ''}${missing.length ? `；漏掉 ${missing.join(' ')}` : ''}`);
    }
  }
  if (coverage.length) log(`\n索引覆盖问题：\n  ${coverage.join('\n  ')}`);
  if (errors.length) log(`\n页面错误：${errors.join('; ')}`);
  log('\n目标：');
  for (const c of checks) log(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${Number.isInteger(c.value) ? c.value : c.value.toFixed(3)}（目标 ${c.target}）`);
  log(`\n详细结果：.bench/search.json${exitCode ? '\n未达目标，退出码 1。' : ''}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(exitCode);
