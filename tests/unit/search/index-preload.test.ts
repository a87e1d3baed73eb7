import { describe, expect, it } from 'vitest';
import { indexPreloads, withIndexPreloads } from '../../../src/integrations/search-index/index-preload';

const entry = (languages: Record<string, { hash: string; page_count: number }>) => JSON.stringify({ version: '1.6.0', languages });
const one = entry({ und: { hash: 'und_79d741bf4c8', page_count: 154 } });
const marker = '<meta name="kb-index-tag" content="" data-index-url="/kb/pagefind/">';

describe('index preloads', () => {
  it('names the first shard\'s tagged entry file and the metadata of its largest language index, whatever the number of shards', () => {
    const shard = entry({ en: { hash: 'en_1', page_count: 3 }, und: { hash: 'und_2', page_count: 4997 } });
    const first = entry({ en: { hash: 'en_9', page_count: 10 }, und: { hash: 'und_79d741bf4c8', page_count: 4990 } });
    const { tag, files } = indexPreloads([first, shard, shard]);
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(files).toEqual([`pagefind-entry.json?ts=${tag}`, 'pagefind.und_79d741bf4c8.pf_meta']);
    expect(indexPreloads([first]).files).toHaveLength(2);
  });

  it('names each merged shard\'s tagged entry file and largest metadata under its folder, for the client to preload', () => {
    const shard = (hash: string) => entry({ en: { hash: 'en_1', page_count: 3 }, und: { hash, page_count: 4997 } });
    const { tag, merged } = indexPreloads([one, shard('und_a'), shard('und_b')], ['shard-1/', 'shard-2/']);
    expect(merged).toEqual([
      `shard-1/pagefind-entry.json?ts=${tag}`,
      'shard-1/pagefind.und_a.pf_meta',
      `shard-2/pagefind-entry.json?ts=${tag}`,
      'shard-2/pagefind.und_b.pf_meta',
    ]);
    expect(indexPreloads([one]).merged).toEqual([]);
  });

  it('changes the tag whenever any shard\'s entry file changes, and only then', () => {
    const other = entry({ und: { hash: 'und_0000000000a', page_count: 155 } });
    expect(indexPreloads([one, one]).tag).toBe(indexPreloads([one, one]).tag);
    expect(indexPreloads([other]).tag).not.toBe(indexPreloads([one]).tag);
    expect(indexPreloads([one, other]).tag).not.toBe(indexPreloads([one, one]).tag);
  });

  it('fills the marker under the page\'s index URL and replaces what an earlier index build wrote', () => {
    const html = `<head><link rel="stylesheet" href="/kb/a.css">${marker}</head>`;
    const first = withIndexPreloads(html, { tag: 'aaaaaaaaaaaa', files: ['pagefind-entry.json?ts=aaaaaaaaaaaa', 'pagefind.und_1.pf_meta'] });
    expect(first).toBe(
      '<head><link rel="stylesheet" href="/kb/a.css"><meta name="kb-index-tag" content="aaaaaaaaaaaa" data-index-url="/kb/pagefind/">' +
        '<link rel="preload" href="/kb/pagefind/pagefind-entry.json?ts=aaaaaaaaaaaa" as="fetch" crossorigin="anonymous" data-kb-index>' +
        '<link rel="preload" href="/kb/pagefind/pagefind.und_1.pf_meta" as="fetch" crossorigin="anonymous" data-kb-index></head>',
    );
    const again = withIndexPreloads(first, { tag: 'bbbbbbbbbbbb', files: ['pagefind-entry.json?ts=bbbbbbbbbbbb'] });
    expect(again).toBe(`<head><link rel="stylesheet" href="/kb/a.css"><meta name="kb-index-tag" content="bbbbbbbbbbbb" data-index-url="/kb/pagefind/"><link rel="preload" href="/kb/pagefind/pagefind-entry.json?ts=bbbbbbbbbbbb" as="fetch" crossorigin="anonymous" data-kb-index></head>`);
  });

  it('leaves a page without the marker as it is', () => {
    const html = '<head><link rel="preload" href="/x" as="fetch" crossorigin="anonymous" data-kb-index></head>';
    expect(withIndexPreloads(html, { tag: 't', files: ['a'] })).toBe(html);
  });
});
