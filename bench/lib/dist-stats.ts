// What a built site weighs: HTML per page type, and the CSS and JavaScript a page loads before
// anyone interacts with it (stylesheets, classic and module scripts, module preloads and the
// modules those import statically; dynamic import() loads on demand and is left out), gzip-
// compressed at zlib's default level as a web server would send them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './files';

/** Which kind of page a site-relative URL is, e.g. "/templates/x/" → "entry:templates"; undefined to skip it. */
export type PageClassifier = (url: string) => string | undefined;

const LIBRARIES = new Set(['policies', 'templates', 'materials']);
const FACETS = new Set(['scenario', 'dimension', 'kind', 'year', 'tag', 'status']);

/** Page types of our site, from its URL scheme (src/pages/). */
export const classifySitePage: PageClassifier = (url) => {
  const parts = url.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return 'home';
  if (url === '/404.html') return '404';
  if (!first || first === 'pagefind' || first === '_astro') return undefined;
  if (LIBRARIES.has(first)) {
    if (!second || second === 'page') return 'listing';
    if (FACETS.has(second)) return 'facet';
    return `entry:${first}`;
  }
  // /tags/ and /tags/page/2/ are the tag index; /tags/<slug>/ a tag (no tag slugs to "page").
  if (first === 'tags') return !second || second === 'page' ? 'tags-index' : 'tag';
  if (first === 'topics') return second ? 'topic' : 'topics-index';
  return first; // glossary, search, reports …
};

/** Page types of the minimal reference (bench/reference/src/pages/). */
export const classifyReferencePage: PageClassifier = (url) => {
  const parts = url.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return 'home';
  if (url === '/404.html') return '404';
  if (first === 'list') return 'listing';
  if (first && LIBRARIES.has(first) && second) return `entry:${first}`;
  return first === 'search' ? 'search' : undefined;
};

/** The reference page type a site page type is compared with, e.g. "tag" → "listing". */
export function referenceTypeFor(type: string): string {
  if (type.startsWith('entry:') || type === 'home' || type === 'search' || type === '404') return type;
  return 'listing';
}

/** One built HTML page. */
export interface HtmlPage {
  /** Site-relative URL, e.g. "/templates/x/". */
  url: string;
  /** File path below the site folder, e.g. "templates/x/index.html". */
  file: string;
  bytes: number;
  /** Links on the page (`<a href>`): what a page lists, independent of how long each row is. */
  links: number;
}

/** Number of `<a … href=…>` elements in an HTML text. */
export function countLinks(html: string): number {
  return html.match(/<a\s[^>]*?\bhref\s*=/gi)?.length ?? 0;
}

/** Every .html file of a built site with its URL, size and link count (the search index folder skipped). */
export async function htmlPages(site: string): Promise<HtmlPage[]> {
  const files = (await listFiles(site)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const pages: HtmlPage[] = [];
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    pages.push({ url: '/' + file.replace(/(^|\/)index\.html$/, '$1'), file, bytes: Buffer.byteLength(html), links: countLinks(html) });
  }
  return pages;
}

/** HTML size of one page type. */
export interface TypeStats {
  count: number;
  mean: number;
  max: number;
  /** URL of the largest page. */
  maxUrl: string;
  /** Most links on one page of this type, and that page. */
  maxLinks: number;
  maxLinksUrl: string;
}

/** Count, mean and max bytes, and most links, per page type. */
export function statsByType(pages: readonly HtmlPage[], classify: PageClassifier): Record<string, TypeStats> {
  const out: Record<string, TypeStats & { sum: number }> = {};
  for (const page of pages) {
    const type = classify(page.url);
    if (!type) continue;
    const s = (out[type] ??= { count: 0, mean: 0, max: -1, maxUrl: page.url, maxLinks: -1, maxLinksUrl: page.url, sum: 0 });
    s.count++;
    s.sum += page.bytes;
    if (page.bytes > s.max) {
      s.max = page.bytes;
      s.maxUrl = page.url;
    }
    if (page.links > s.maxLinks) {
      s.maxLinks = page.links;
      s.maxLinksUrl = page.url;
    }
  }
  return Object.fromEntries(Object.entries(out).map(([type, { sum, ...s }]) => [type, { ...s, mean: sum / s.count }]));
}

/** Stylesheets and scripts an HTML page loads before interaction, as URLs in document order. */
export function pageAssetUrls(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  // Scripts inside <noscript> or templates are not loaded; strip those first.
  const live = html.replace(/<noscript[\s\S]*?<\/noscript>|<template[\s\S]*?<\/template>/gi, '');
  for (const [tag] of live.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    if (/^<link/i.test(tag)) {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel.includes('stylesheet')) css.push(href);
      else if (rel.includes('modulepreload')) js.push(href);
    } else {
      const src = attr(tag, 'src');
      if (src) js.push(src);
    }
  }
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

/**
 * Relative or root paths a JS module imports statically: `import{a}from"./x.js"`, `import"./y.js"`,
 * `export*from"./z.js"`; `import("./lazy.js")` is dynamic and not included.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^{}]*\}|\*(?:\s*as\s*[\w$]+)?)?\s*(?:from\s*)?["']((?:\.{1,2}\/|\/)[^"'\s]+?\.m?js)["']/g;
  // A dynamic `import("./x.js")` never matches: the keyword must be followed by a name, braces,
  // `*` or the quoted path itself, not by "(".
  for (const match of code.matchAll(pattern)) out.add(match[1]!);
  return [...out];
}

/** One asset a page loads. */
export interface LoadedAsset {
  url: string;
  kind: 'css' | 'js';
  bytes: number;
  gzip: number;
}

/** CSS + JS a page loads before interaction, with totals. */
export interface PageWeight {
  assets: LoadedAsset[];
  cssGzip: number;
  jsGzip: number;
  totalGzip: number;
  /** Same, uncompressed. */
  totalBytes: number;
}

/**
 * Reads the assets a page (HTML of `pageUrl`) loads from the built `site` served at `base`
 * (default "/"), following static module imports; `cache` shares file reads across pages.
 */
export async function pageWeight(
  site: string,
  html: string,
  pageUrl: string,
  base = '/',
  cache = new Map<string, Promise<{ bytes: number; gzip: number; code: string } | undefined>>(),
): Promise<PageWeight> {
  const origin = 'http://site.invalid';
  const load = (url: string) => {
    let entry = cache.get(url);
    if (!entry) {
      const path = new URL(url).pathname;
      const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
      entry = readFile(join(site, decodeURIComponent(rel)))
        .then((buf) => ({ bytes: buf.length, gzip: gzipSync(buf).length, code: buf.toString('utf8') }))
        .catch(() => undefined);
      cache.set(url, entry);
    }
    return entry;
  };
  const page = new URL(pageUrl, origin).href;
  const { css, js } = pageAssetUrls(html);
  const assets: LoadedAsset[] = [];
  const seen = new Set<string>();
  const isLocal = (url: string) => new URL(url).origin === origin;
  for (const href of css) {
    const url = new URL(href, page).href;
    if (seen.has(url) || !isLocal(url)) continue;
    seen.add(url);
    const file = await load(url);
    if (file) assets.push({ url: new URL(url).pathname, kind: 'css', bytes: file.bytes, gzip: file.gzip });
  }
  const queue = js.map((src) => new URL(src, page).href);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url) || !isLocal(url)) continue;
    seen.add(url);
    const file = await load(url);
    if (!file) continue;
    assets.push({ url: new URL(url).pathname, kind: 'js', bytes: file.bytes, gzip: file.gzip });
    for (const spec of staticImports(file.code)) queue.push(new URL(spec, url).href);
  }
  const sum = (kind: 'css' | 'js') => assets.filter((a) => a.kind === kind).reduce((s, a) => s + a.gzip, 0);
  return {
    assets,
    cssGzip: sum('css'),
    jsGzip: sum('js'),
    totalGzip: sum('css') + sum('js'),
    totalBytes: assets.reduce((s, a) => s + a.bytes, 0),
  };
}
