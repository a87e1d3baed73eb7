import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { benchPages, groundTruth, queryTerms, score } from '../../../bench/lib/search/bench';
import { pageUrl } from '../../../src/integrations/search-index/build-index';
import { findElement } from '../../../src/integrations/search-index/index-page';
import { searchRecords } from '../../../src/integrations/search-index/page-records';
import { buildFoldTable } from '../../../src/search/fold-map';
import { createFolder, decodeContent } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());

const page = `<!doctype html><html lang="zh-CN"><head><title>x</title>
<meta name="kb-search-filter" data-pagefind-filter="collection[content]" content="问题整改模板">
<meta name="kb-search-meta" data-pagefind-meta="sub[content]" content="组织生活会 · 组织建设">
</head><body><header><nav>党建知识库 导航</nav></header>
<main data-pagefind-body><nav class="kb-breadcrumbs">首页</nav>
<article class="kb-prose" data-kb-entry="templates"><h1 data-pagefind-meta="title">黨支部<em>问题</em>清单</h1>
<section class="kb-meta"><h2 id="kb-meta-heading">基本信息</h2></section>
<div data-kb-body><h2 id="一问题">一、问题<a class="kb-anchor" href="#一问题">#</a></h2>
<section class="kb-item" id="item-1"><p><strong>问题</strong>：党费收缴<br>不及时。<span id="art-2"></span>第二条</p></section></div>
<nav class="kb-prevnext">上一篇 下一篇</nav></article><aside>目录</aside></main></body></html>`;

describe('searchRecords', () => {
  const [result] = searchRecords(page, '/t/', folder);
  const tree = fromHtml(result?.html ?? '');

  it('keeps the original title and declares it with [content]', () => {
    expect(result?.title).toBe('黨支部问题清单');
    const h1 = findElement(tree, (el) => el.tagName === 'h1');
    expect(h1?.properties['dataPagefindMeta']).toBe('title[content]');
    expect(h1?.properties['content']).toBe('黨支部问题清单');
  });

  it('writes the index language Pagefind neither segments nor stems', () => {
    expect(findElement(tree, (el) => el.tagName === 'html')?.properties['lang']).toBe('und');
  });

  it('keeps body anchors (headings, items, inline articles) and drops others', () => {
    const ids: string[] = [];
    const walk = (node: { children?: unknown[] }) => {
      for (const child of (node.children ?? []) as { type: string; properties?: Record<string, unknown>; children?: unknown[] }[]) {
        if (child.type === 'element' && typeof child.properties?.['id'] === 'string') ids.push(child.properties['id']);
        walk(child);
      }
    };
    walk(tree);
    expect(ids).toEqual(['一问题', 'item-1', 'art-2']);
  });

  it('indexes the article text only, as tokens, flattening inline markup', () => {
    const html = result?.html ?? '';
    expect(html).not.toContain('导航');
    expect(html).not.toContain('首页');
    expect(html).not.toContain('上一篇');
    expect(html).not.toContain('目录');
    expect(html).not.toContain('>#<');
    // Written out by hand from the token scheme (src/search/text.ts): each character with its
    // successor, a run's last character alone, punctuation as its own token; title tokens folded
    // to Simplified and marked with U+A66E.
    expect(html).toContain('问题 题 ： 党费 费收 收缴 缴');
    expect(html).toContain('党支\uA66E 支部\uA66E 部问\uA66E 问题\uA66E 题清\uA66E 清单\uA66E 单\uA66E');
  });

  it('copies the filters and metadata the page declares', () => {
    const filter = findElement(tree, (el) => el.properties['dataPagefindFilter'] === 'collection[content]');
    expect(filter?.properties['content']).toBe('问题整改模板');
    const meta = findElement(tree, (el) => el.properties['dataPagefindMeta'] === 'sub[content]');
    expect(meta?.properties['content']).toBe('组织生活会 · 组织建设');
  });

  it('decodes back to the original text', () => {
    const h1 = findElement(tree, (el) => el.tagName === 'h1');
    const text = h1?.children.map((c) => (c.type === 'text' ? c.value : '')).join('') ?? '';
    expect(decodeContent(text.trim(), folder).all().map((t) => t.display).join('')).toBe('黨支部问题清单\n');
  });

  it('skips pages without data-pagefind-body', () => {
    expect(searchRecords('<html><body><main><article data-kb-entry="x"><h1>t</h1></article></main></body></html>', '/x/', folder)).toEqual([]);
  });
});

const glossary = `<!doctype html><html><head>
<meta name="kb-search-filter" data-pagefind-filter="collection[content]" content="术语">
<meta name="kb-search-meta" data-pagefind-meta="collection[content]" content="glossary">
</head><body><main data-pagefind-body><h1>术语表</h1><p>引言 &amp; 说明</p>
<div class="kb-glossary kb-prose" data-kb-glossary><section><h2 id="letter-S">S</h2><dl>
<div class="kb-glossary__item" data-kb-glossary-item data-kb-forms="三会一课|三会一课制度">
<dt id="term-san-hui-yi-ke">三会一课 <span class="kb-glossary__pinyin" data-pagefind-ignore>san hui yi ke</span></dt>
<dd><p>党支部的基本制度 &lt;含党课&gt;。</p><p class="kb-muted">又称：三会一课制度</p></dd></div>
<div class="kb-glossary__item" data-kb-glossary-item data-kb-forms="四风">
<dt id="term-si-feng">四风</dt><dd><p>形式主义等。</p></dd></div>
</dl></section></div></main></body></html>`;

describe('searchRecords of the glossary', () => {
  const records = searchRecords(glossary, '/glossary/', folder);
  it('makes one record per term at its anchor, titled without the pinyin', () => {
    expect(records.map((r) => [r.url, r.title, r.collection, r.defines])).toEqual([
      ['/glossary/#term-san-hui-yi-ke', '三会一课', 'glossary', ['三会一课', '三会一课制度']],
      ['/glossary/#term-si-feng', '四风', 'glossary', ['四风']],
    ]);
  });
  it('indexes the definition, escaped, and the forms it defines; not the pinyin nor the page around', () => {
    const [first] = records;
    const html = first?.html ?? '';
    expect(html).not.toContain('san');
    expect(html).not.toContain('引言');
    // By hand from the token scheme: each character with its successor (see above).
    expect(html).toContain('党支 支部 部的');
    expect(html).toContain('&lt;');
    expect(html).toContain('三会一课ꙭ 三会一课制度ꙭ');
    const text = fromHtml(html);
    const h1 = findElement(text, (el) => el.tagName === 'h1');
    expect(h1?.properties['content']).toBe('三会一课');
    // The term's own anchor is the record's URL, not an anchor inside it.
    expect(findElement(text, (el) => el.properties['id'] === 'term-san-hui-yi-ke')).toBeUndefined();
  });
  it('agrees with the bench\'s tree-based reading on what the units are', () => {
    expect(benchPages('/glossary/', glossary).map((p) => p.url)).toEqual(records.map((r) => r.url));
    expect(benchPages('/t/', page).map((p) => p.url)).toEqual(searchRecords(page, '/t/', folder).map((r) => r.url));
  });
});

describe('bench ground truth and scores', () => {
  const [bench] = benchPages('/t/', page);
  it('reads the searchable text and matches both scripts', () => {
    expect(bench?.text).toContain('党费收缴');
    expect(bench?.text).not.toContain('上一篇');
    expect(groundTruth('党支部', bench ? [bench] : [])).toEqual(new Set(['/t/']));
    expect(groundTruth('"问题清单" 黨費', bench ? [bench] : [])).toEqual(new Set(['/t/']));
    expect(groundTruth('党费 量子', bench ? [bench] : [])).toEqual(new Set());
  });
  it('splits quoted phrases and words', () => {
    expect(queryTerms('党费 "三会 一课" 整改')).toEqual(['三会 一课', '党费', '整改']);
  });
  it('scores recall, precision and reciprocal rank', () => {
    expect(score(['/b/', '/a/'], new Set(['/a/']))).toEqual({ recall: 1, recallAt10: 1, precision: 0.5, reciprocalRank: 0.5, zero: false });
    expect(score([], new Set(['/a/'])).zero).toBe(true);
  });
  it('makes site-relative URLs', () => {
    expect(pageUrl('dist', 'dist/templates/x/index.html')).toBe('/templates/x/');
  });
});
