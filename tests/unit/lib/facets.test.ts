import { describe, expect, it } from 'vitest';
import { facetValues, listingPages, type Facet } from '../../../src/lib/facets';

interface Doc { id: number; scenario: string[]; year?: string }
const docs: Doc[] = Array.from({ length: 45 }, (_, i) => ({
  id: i,
  scenario: i % 3 === 0 ? ['民主生活会', '组织生活会'] : ['组织生活会'],
  year: String(2016 + (i % 4)),
}));
const scenario: Facet<Doc> = { key: 'scenario', values: (d) => d.scenario, order: ['组织生活会', '民主生活会'] };
const year: Facet<Doc> = { key: 'year', values: (d) => (d.year ? [d.year] : []) };

describe('facetValues', () => {
  it('counts each value once per item and keeps the enum order', () => {
    expect(facetValues(scenario, docs).map((v) => [v.value, v.count, v.slug])).toEqual([
      ['组织生活会', 45, 'zu-zhi-sheng-huo-hui'],
      ['民主生活会', 15, 'min-zhu-sheng-huo-hui'],
    ]);
  });

  it('lists years newest first with the year as slug', () => {
    expect(facetValues(year, docs).map((v) => v.slug)).toEqual(['2019', '2018', '2017', '2016']);
  });
});

describe('listingPages', () => {
  const pages = listingPages(docs, [scenario, year], 20);

  it('paginates the full list so no page holds more than the page size', () => {
    const all = pages.filter((p) => !p.filter);
    expect(all.map((p) => [p.path, p.items.length])).toEqual([['', 20], ['page/2', 20], ['page/3', 5]]);
    expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(20);
  });

  it('makes one page set per facet value holding exactly the matching items', () => {
    const democratic = pages.filter((p) => p.filter?.value === '民主生活会');
    expect(democratic.map((p) => p.path)).toEqual(['scenario/min-zhu-sheng-huo-hui']);
    expect(democratic[0]?.items.every((d) => d.scenario.includes('民主生活会'))).toBe(true);
    expect(democratic[0]?.total).toBe(15);
  });

  it('gives every page a unique path', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('still makes page 1 for an empty collection', () => {
    expect(listingPages([], [scenario])).toEqual([{ path: '', page: 1, pages: 1, total: 0, items: [] }]);
  });
});
