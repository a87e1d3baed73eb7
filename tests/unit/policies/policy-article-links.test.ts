// The after-build check that every #art-N link on the site lands on an article (src/lib/policy-article-links.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLinkProblems } from '../../../src/lib/policy-article-links';

function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'article-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), html);
  }
  return root;
}

describe('articleLinkProblems', () => {
  it('accepts links that land, under a base path too, and reports those that do not, naming the page', () => {
    const root = site({
      'policies/jia': '<div id="art-1"></div><div id="art-2"></div><a href="#art-2">第二条</a><a href="#art-3">第三条</a>',
      'materials/yi': '<a href="/kb/policies/jia/#art-1">《甲》第一条</a><a href="/kb/policies/jia/?highlight=x#art-2">hit</a><a href="/policies/jia/#art-9">《甲》第九条</a><a href="/policies/bing/#art-1">《丙》第一条</a><a href="/materials/#top">other</a>',
    });
    expect(articleLinkProblems(root).map((p) => `${p.file} ${p.message}`)).toEqual([
      'materials/yi/index.html 链接「/policies/jia/#art-9」指向的条文不存在。',
      'materials/yi/index.html 链接「/policies/bing/#art-1」指向的条文不存在（目标页面不存在）。',
      'policies/jia/index.html 链接「#art-3」指向的条文不存在。',
    ]);
  });
});
