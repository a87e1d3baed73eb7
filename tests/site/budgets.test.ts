// The performance budgets of the README (性能预算), checked in CI on the built site with the
// benchmark's own measures and verdicts (bench/lib): content pages load at most 15 KB gzip
// of CSS + JS before interaction, and no page's HTML grows with the library. For growth the same
// site is built from two synthetic libraries (the bench's generator: the shipped entries unchanged
// plus variants) and every page present at both sizes is judged by the bench's rule.
import { execFileSync } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, htmlGrowth, kb } from '../../bench/lib/budgets';
import { classifySitePage, htmlPages, pageAssetUrls, pageWeight, type HtmlPage } from '../../bench/lib/dist-stats';
import { readContentDir, writeContentDir } from '../../bench/lib/files';
import { generateLibrary, readSource } from '../../bench/lib/library';
import { buildEnv } from '../helpers/build';

const DIST = 'dist';
/**
 * Library sizes compared for growth. The smaller is big enough that the bounded lists (20 a page,
 * 20 citing entries) are full on the biggest page of each type, as the bench's rule assumes; the
 * larger doubles it, so a list showing every entry would outgrow the tolerance many times over.
 */
const SIZES = [150, 300] as const;

/** Builds the site from a synthetic library of `size` entries in its own project below .bench/; returns its pages. */
async function buildLibrary(size: number) {
  const root = resolve(`.bench/ci-growth-${size}`);
  const library = generateLibrary(readSource(await readContentDir('content')), size);
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) await cp(path, join(root, path), { recursive: true, force: true });
  await writeContentDir(join(root, 'content'), library.files);
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'pipe', env: buildEnv({ BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' }) });
  const pages = await htmlPages(join(root, 'dist'));
  expect(pages.filter((p) => classifySitePage(p.url)?.startsWith('entry:')).length).toBe(size);
  return pages;
}

describe('performance budgets on the built site', () => {
  it(`content pages load at most ${kb(BUDGETS.contentPageGzip)} gzip of CSS + JS before interaction`, async () => {
    const pages = (await htmlPages(DIST)).filter((p) => classifySitePage(p.url)?.startsWith('entry:'));
    expect(pages.length).toBeGreaterThanOrEqual(59);
    const cache = new Map();
    const over: string[] = [];
    let heaviest = 0;
    for (const page of pages) {
      const html = await readFile(join(DIST, page.file), 'utf8');
      const weight = await pageWeight(DIST, html, page.url, '/', cache);
      // Every stylesheet and script the page names was found and weighed (a missing file weighs nothing).
      const named = pageAssetUrls(html);
      expect(weight.assets.length, page.url).toBeGreaterThanOrEqual(named.css.length + named.js.length);
      heaviest = Math.max(heaviest, weight.totalGzip);
      if (weight.totalGzip > BUDGETS.contentPageGzip) over.push(`${page.url}: ${kb(weight.totalGzip)} (${weight.assets.map((a) => `${a.url} ${kb(a.gzip)}`).join(', ')})`);
    }
    expect(over).toEqual([]);
    expect(heaviest, 'the pages load some CSS and JS').toBeGreaterThan(2 * 1024);
  });

  it(`no page's HTML grows with the library: ${SIZES[0]} → ${SIZES[1]} entries`, async () => {
    // Continuation pages (…/page/2/) hold at most one page of rows by construction; judged against
    // first pages (fewer pagination links) they would count a last page filling up as growth.
    const firstPages = (pages: HtmlPage[]) => pages.filter((p) => !/\/page\/\d+\/$/.test(p.url));
    const [small, large] = [firstPages(await buildLibrary(SIZES[0])), firstPages(await buildLibrary(SIZES[1]))];
    // Facet pages' sidebars list facet values (tags, years) up to a cap that the smaller library
    // does not reach yet, which the bench's rule cannot tell from growth at these sizes; their
    // listings are judged below by what grows with a library: the entries they list.
    const judged = (url: string) => (classifySitePage(url) === 'facet' ? undefined : classifySitePage(url));
    const byType = htmlGrowth(small, large, judged);
    // Pages of many types were built at both sizes and compared.
    expect(Object.values(byType).filter((g) => g.sameUrl).length).toBeGreaterThanOrEqual(8);
    const verdict = checkBudgets([], { from: SIZES[0], to: SIZES[1], byType }).find((b) => b.id === 'html-growth');
    expect(verdict?.misses).toEqual([]);
    expect(verdict?.ok).toBe(true);

    // Every facet page of the larger library lists at most one page (20) of entries.
    const facets = large.filter((p) => classifySitePage(p.url) === 'facet');
    expect(facets.length).toBeGreaterThan(20);
    const root = resolve(`.bench/ci-growth-${SIZES[1]}/dist`);
    const crowded: string[] = [];
    for (const facet of facets) {
      const html = await readFile(join(root, facet.file), 'utf8');
      const entries = new Set([...html.matchAll(/href="\/(?:policies|templates|materials)\/((?!(?:scenario|dimension|kind|year|tag|status|page)\/)[^/"#]+)\/"/g)].map((m) => m[1]));
      if (entries.size > 20) crowded.push(`${facet.url}: ${entries.size}`);
    }
    expect(crowded).toEqual([]);
  }, 900_000);
});
