import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyReferencePage, classifySitePage, countLinks, pageAssetUrls, pageWeight, referenceTypeFor, staticImports, statsByType } from '../../../bench/lib/dist-stats';

describe('page types', () => {
  it('tells our pages apart by URL', () => {
    expect(classifySitePage('/')).toBe('home');
    expect(classifySitePage('/templates/')).toBe('listing');
    expect(classifySitePage('/templates/page/3/')).toBe('listing');
    expect(classifySitePage('/templates/scenario/zu-zhi-sheng-huo-hui/page/2/')).toBe('facet');
    expect(classifySitePage('/templates/ji-guan-dang-jian/')).toBe('entry:templates');
    expect(classifySitePage('/tags/')).toBe('tags-index');
    expect(classifySitePage('/tags/page/2/')).toBe('tags-index');
    expect(classifySitePage('/tags/dang-fei/page/2/')).toBe('tag');
    expect(classifySitePage('/404.html')).toBe('404');
    expect(classifySitePage('/glossary/')).toBe('glossary');
  });

  it('tells the reference pages apart and maps our types onto them', () => {
    expect(classifyReferencePage('/list/materials/3/')).toBe('listing');
    expect(classifyReferencePage('/materials/x-v2/')).toBe('entry:materials');
    expect(classifyReferencePage('/search/')).toBe('search');
    expect(referenceTypeFor('entry:policies')).toBe('entry:policies');
    expect(referenceTypeFor('tags-index')).toBe('listing');
  });

  it('computes count, mean and the largest page per type', () => {
    const stats = statsByType(
      [
        { url: '/templates/a/', file: '', bytes: 100, links: 9 },
        { url: '/templates/b/', file: '', bytes: 300, links: 5 },
        { url: '/', file: '', bytes: 50, links: 3 },
      ],
      classifySitePage,
    );
    expect(stats['entry:templates']).toEqual({ count: 2, mean: 200, max: 300, maxUrl: '/templates/b/', maxLinks: 9, maxLinksUrl: '/templates/a/' });
    expect(stats['home']).toEqual({ count: 1, mean: 50, max: 50, maxUrl: '/', maxLinks: 3, maxLinksUrl: '/' });
  });

  it('counts links with an href, not anchors without one or link tags', () => {
    expect(countLinks('<a href="/x/">x</a><a id="y"></a><A class="k" HREF=/z>z</A><link href="/a.css"><area href="/m">')).toBe(2);
  });
});

describe('what a page loads before interaction', () => {
  it('reads stylesheets, scripts and module preloads, not icons or scripts inside <noscript>', () => {
    const html = `<link rel="icon" href="/favicon.svg"><script src="/boot.js"></script>
      <link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/c.js">
      <script type="module" src="/_astro/b.js"></script><noscript><script src="/x.js"></script></noscript>`;
    expect(pageAssetUrls(html)).toEqual({ css: ['/_astro/a.css'], js: ['/boot.js', '/_astro/c.js', '/_astro/b.js'] });
  });

  it('follows static imports of minified modules but not dynamic import() or strings that look like imports', () => {
    const code = 'import{a as e,i as t}from"./client.js";import"./side.js";export*from"../re.js";const m=()=>import("./lazy.js");var s={"workbench.import":`导入`};';
    expect(staticImports(code)).toEqual(['./client.js', './side.js', '../re.js']);
  });

  it('sums gzip sizes of CSS and the JS module graph, each file once', async () => {
    const site = await mkdtemp(join(tmpdir(), 'kb-bench-'));
    await mkdir(join(site, '_astro'));
    const files: Record<string, string> = {
      '_astro/a.css': 'body{color:red}'.repeat(50),
      '_astro/main.js': 'import{x}from"./shared.js";import"./other.js";const l=()=>import("./lazy.js");',
      '_astro/other.js': 'import{x}from"./shared.js";console.log(1)',
      '_astro/shared.js': 'export const x=1;'.repeat(20),
      '_astro/lazy.js': 'export const big="' + 'x'.repeat(5000) + '"',
    };
    for (const [path, text] of Object.entries(files)) await writeFile(join(site, path), text);
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/main.js"></script>';
    const weight = await pageWeight(site, html, '/templates/x/');
    expect(weight.assets.map((a) => a.url)).toEqual(['/_astro/a.css', '/_astro/main.js', '/_astro/shared.js', '/_astro/other.js']);
    const gz = (path: string) => gzipSync(Buffer.from(files[path]!)).length;
    expect(weight.cssGzip).toBe(gz('_astro/a.css'));
    expect(weight.jsGzip).toBe(gz('_astro/main.js') + gz('_astro/shared.js') + gz('_astro/other.js'));
    expect(weight.totalGzip).toBe(weight.cssGzip + weight.jsGzip);
  });
});
