// Rendering tests over the built dist/: every page type exists and carries its parts.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryFiles, htmlFiles, page } from '../helpers/dist';

const files = htmlFiles();
const LIBRARIES = ['policies', 'templates', 'materials'] as const;

describe('every page', () => {
  it('declares zh-CN, a title, one h1 and the skip link to main', () => {
    for (const file of files) {
      const doc = page(file);
      expect(doc.documentElement.getAttribute('lang'), file).toBe('zh-CN');
      expect(doc.querySelector('title')?.textContent?.trim(), file).toBeTruthy();
      expect(doc.querySelectorAll('h1').length, file).toBe(1);
      expect(doc.querySelector('a.kb-skip')?.getAttribute('href'), file).toBe('#main');
      expect(doc.querySelector('main#main'), file).not.toBeNull();
    }
  });

  it('has no inline script, inline style or style attribute (strict CSP)', () => {
    for (const file of files) {
      const doc = page(file);
      for (const script of doc.querySelectorAll('script')) expect(script.getAttribute('src'), `${file}: inline <script>`).toBeTruthy();
      expect(doc.querySelectorAll('style').length, `${file}: <style>`).toBe(0);
      expect(doc.querySelectorAll('[style]').length, `${file}: style=""`).toBe(0);
    }
  });

  it('loads nothing from another origin', () => {
    for (const file of files) {
      const doc = page(file);
      for (const el of doc.querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(ref, `${file}: ${ref}`).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });

  it('labels the header search box and submits it to /search/', () => {
    for (const file of files) {
      const doc = page(file);
      const input = doc.querySelector('#kb-header-search');
      expect(input, file).not.toBeNull();
      expect(doc.querySelector('label[for="kb-header-search"]')?.textContent, file).toBeTruthy();
      expect(input?.closest('form')?.getAttribute('action'), file).toBe('/search/');
    }
  });
});

describe('home', () => {
  const doc = page('index.html');
  it('shows the search box first and each library with the number of its entries', () => {
    expect(doc.querySelector('.kb-hero input[type="search"]')).not.toBeNull();
    for (const name of LIBRARIES) {
      const count = doc.querySelector(`[data-kb-library-count="${name}"]`)?.textContent ?? '';
      expect(count).toBe(`共 ${entryFiles(name).length} 篇`);
    }
  });
});

describe('listings', () => {
  it.each(LIBRARIES)('%s: lists at most 20 entries a page and every entry on exactly one unfiltered page', (name) => {
    const pages = files.filter((f) => f === `${name}/index.html` || new RegExp(`^${name}/page/\\d+/index\\.html$`).test(f));
    const listed = pages.flatMap((f) => [...page(f).querySelectorAll('.kb-entry-list > li h2 a')].map((a) => a.getAttribute('href')));
    for (const f of pages) expect(page(f).querySelectorAll('.kb-entry-list > li').length).toBeLessThanOrEqual(20);
    expect(listed.length).toBe(entryFiles(name).length);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(LIBRARIES)('%s: facet links lead to existing pages that mark themselves current', (name) => {
    const doc = page(`${name}/index.html`);
    const links = [...doc.querySelectorAll('.kb-facets a')].map((a) => a.getAttribute('href') ?? '');
    for (const href of links.filter((h) => h.startsWith(`/${name}/`))) {
      const file = `${href.slice(1)}index.html`;
      expect(existsSync(`dist/${file}`), href).toBe(true);
      expect(page(file).querySelector(`.kb-facets a[aria-current="page"]`)?.getAttribute('href')).toBe(href);
    }
  });
});

describe('entry pages', () => {
  const entries = LIBRARIES.flatMap((name) => entryFiles(name));

  it('exist for every library that has content', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('carry breadcrumbs back to their listing, a metadata panel and a title', () => {
    for (const file of entries) {
      const doc = page(file);
      const crumbs = [...doc.querySelectorAll('.kb-breadcrumbs a')].map((a) => a.getAttribute('href'));
      expect(crumbs, file).toEqual(['/', `/${file.split('/')[0]}/`]);
      expect(doc.querySelector('.kb-meta dl dt'), file).not.toBeNull();
      expect(doc.querySelector('h1')?.textContent?.trim(), file).toBeTruthy();
    }
  });

  it('give each body heading an id and an anchor link, and the table of contents points at them', () => {
    for (const file of entries) {
      const doc = page(file);
      for (const heading of doc.querySelectorAll('[data-kb-body] :is(h2, h3, h4)')) {
        expect(heading.id, file).toBeTruthy();
        expect(heading.querySelector('a.kb-anchor')?.getAttribute('href'), file).toBe(`#${heading.id}`);
      }
      for (const link of doc.querySelectorAll('.kb-toc a')) {
        const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
        expect(doc.getElementById(id), `${file} → #${id}`).not.toBeNull();
      }
    }
  });

  it('link previous and next within their library in listing order', () => {
    for (const name of LIBRARIES) {
      const files = entryFiles(name);
      expect(files.length, name).toBeGreaterThanOrEqual(2);
      const withNav = files.filter((f) => page(f).querySelector('a[rel="next"], a[rel="prev"]'));
      expect(withNav.length, name).toBe(files.length);
    }
  });
});

describe('other page types', () => {
  it('has a tag index whose links all exist', () => {
    const doc = page('tags/index.html');
    for (const a of doc.querySelectorAll('.kb-tag-cloud a')) expect(existsSync(`dist${a.getAttribute('href')}index.html`)).toBe(true);
  });
  it('has a glossary with anchored terms, a search page, topics and a 404 page', () => {
    expect(page('glossary/index.html').querySelector('dt[id^="term-"]')).not.toBeNull();
    expect(page('search/index.html').querySelector('[data-search-results]')).not.toBeNull();
    expect(existsSync('dist/topics/index.html')).toBe(true);
    expect(page('404.html').querySelector('h1')?.textContent).toBe('页面不存在');
  });
});
