// A library too large for one Pagefind process is indexed in shards that the browser merges with
// Pagefind's mergeIndex(). Here the built site is indexed again in shards of a few dozen pages
// and searched side by side with the one-index site: the same pages in the index, each once,
// and the same results in real Chromium, with no failed request.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/serve/static-server';
import { buildSearchIndex } from '../../src/integrations/search-index/build-index';
import { indexFragments, shardDirs } from '../../src/integrations/search-index/index-files';
import { facetIndex, type FacetFile } from '../../src/search/facets';
import { CSP } from '../../src/lib/csp';
import { launchBrowser, openPage } from '../helpers/browser';
import { searchAll } from '../helpers/search-page';

const SHARD_PAGES = 60;

let work: string;
let sharded: RunningServer;
let single: RunningServer;
let browser: Browser;
let pages = 0;

beforeAll(async () => {
  inject('siteUrl');
  work = await mkdtemp(join(tmpdir(), 'kb-shards-'));
  await cp('dist', work, { recursive: true });
  ({ pages } = await buildSearchIndex(work, { shardPages: SHARD_PAGES }));
  sharded = await startStaticServer({ root: work, headers: { 'Content-Security-Policy': CSP } });
  single = await startStaticServer({ root: 'dist', headers: { 'Content-Security-Policy': CSP } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sharded?.close();
  await single?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Page id → URL of every record in one index folder. */
async function records(dir: string): Promise<Map<string, string>> {
  return new Map([...(await indexFragments(dir))].map(([id, fragment]) => [id, fragment.url]));
}

describe('a search index in shards', () => {
  it('holds every page of the one-index build exactly once, no shard over its size, with facet data for every page', async () => {
    const dirs = await shardDirs(join(work, 'pagefind'));
    expect(dirs.length).toBe(Math.ceil(pages / SHARD_PAGES));
    expect(dirs.length).toBeGreaterThan(2);
    const urls: string[] = [];
    const ids: string[] = [];
    for (const dir of dirs) {
      const shard = await records(dir);
      expect(shard.size).toBeLessThanOrEqual(SHARD_PAGES);
      urls.push(...shard.values());
      ids.push(...shard.keys());
    }
    expect(new Set(urls).size).toBe(urls.length);
    // Only the first index carries Pagefind's scripts and WebAssembly.
    expect(await readdir(dirs[0] as string)).toContain('pagefind.js');
    for (const dir of dirs.slice(1)) expect((await readdir(dir)).filter((name) => /\.(js|css)$|^wasm\./.test(name)), dir).toEqual([]);
    expect(new Set(urls)).toEqual(new Set((await records('dist/pagefind')).values()));
    const facets = JSON.parse(await readFile(join(work, 'pagefind', 'kb-facets.json'), 'utf8')) as FacetFile;
    const read = facetIndex(facets);
    expect(facets.pages.join(',').split(',').length).toBe(ids.length);
    for (const id of ids) expect(read.of(id).length, id).toBeGreaterThan(0);
  });

  it('finds in the browser what the one-index site finds, fetching each shard without a failed request', async () => {
    const { context, page, errors } = await openPage(browser);
    const failed: string[] = [];
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      if (response.url().endsWith('.pagefind')) wasm.push(response.url());
    });
    const shardsFetched = new Set<string>();
    page.on('request', (request) => {
      const shard = /\/pagefind\/(shard-\d+)\//.exec(request.url())?.[1];
      if (shard) shardsFetched.add(shard);
    });
    for (const query of ['党费', '三会一课', 'shyk', '《党章》', '民主生活会 整改']) {
      const expected = await searchAll(page, single.url, query);
      const found = await searchAll(page, sharded.url, query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(new Set(found), query).toEqual(new Set(expected));
    }
    const dirs = await shardDirs(join(work, 'pagefind'));
    expect(shardsFetched.size).toBe(dirs.length - 1);
    // The shards share the first index's WebAssembly: fetched once per page load.
    expect(wasm.filter((url) => url.startsWith(sharded.url)).every((url) => url === `${sharded.url}pagefind/wasm.unknown.pagefind`)).toBe(true);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('preloads the first shard\'s files only, so the search page does not grow with the shards, and fetches every shard\'s entry file under the index\'s tag', async () => {
    const html = await readFile(join(work, 'search/index.html'), 'utf8');
    const tag = /<meta name="kb-index-tag" content="([0-9a-f]{12})"/.exec(html)?.[1];
    expect(tag).toBeDefined();
    expect([...html.matchAll(/<link rel="preload" href="([^"]+)"[^>]*data-kb-index>/g)].map((m) => m[1])).toEqual([
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      expect.stringMatching(/^\/pagefind\/pagefind\.und_[0-9a-f]+\.pf_meta$/),
    ]);
    const { context, page } = await openPage(browser);
    const entries: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('pagefind-entry.json')) entries.push(request.url().replace(sharded.url, '/'));
    });
    await searchAll(page, sharded.url, '党费');
    const dirs = await shardDirs(join(work, 'pagefind'));
    expect(entries.sort()).toEqual(dirs.map((dir) => `/${relative(work, dir).split(sep).join('/')}/pagefind-entry.json?ts=${tag}`).sort());
    await context.close();
  });

  it('preloads the merged shards\' entry and metadata files from the manifest, and Pagefind takes them without asking again', async () => {
    const { context, page, errors } = await openPage(browser);
    const requested = new Map<string, number>();
    page.on('request', (request) => {
      const path = request.url().replace(sharded.url, '/');
      if (/^\/pagefind\/shard-\d+\/pagefind[.-]/.test(path)) requested.set(path, (requested.get(path) ?? 0) + 1);
    });
    await searchAll(page, sharded.url, '党费');
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/pagefind\/shard-\d+\/pagefind[.-]/.test(entry.name))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
    const dirs = await shardDirs(join(work, 'pagefind'));
    // An entry file and a metadata file per merged shard, each fetched once, by a preload link.
    expect(requested.size).toBe(2 * (dirs.length - 1));
    expect([...requested.values()].every((n) => n === 1), JSON.stringify([...requested])).toBe(true);
    expect(initiators.length).toBe(requested.size);
    expect(initiators.every((initiator) => initiator === 'link'), initiators.join(' ')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
