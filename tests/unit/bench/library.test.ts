import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../bench/lib/files';
import { generateLibrary, readSource, renumberItems, shares, splitBlocks, splitMdx, varyBody } from '../../../bench/lib/library';
import { createRandom } from '../../../bench/lib/prng';
import { PolicySchema, MaterialSchema, TemplateSchema } from '../../../src/schemas';

const shipped = readSource(await readContentDir('content'));
const SCHEMAS = { policies: PolicySchema, templates: TemplateSchema, materials: MaterialSchema } as const;

/** Ids of <Item> blocks in a body, in order. */
const itemIds = (body: string) => [...body.matchAll(/<Item id="([^"]+)">/g)].map((m) => m[1]);

describe('synthetic library generator', () => {
  it('gives the same files for the same seed and different ones for another seed', () => {
    const a = generateLibrary(shipped, 300, 'seed-a');
    const b = generateLibrary(shipped, 300, 'seed-a');
    const c = generateLibrary(shipped, 300, 'seed-b');
    expect(b.files).toEqual(a.files);
    expect(c.files.map((f) => f.text)).not.toEqual(a.files.map((f) => f.text));
  });

  it('makes exactly N entries in the shipped proportions, with unique ids and variant titles', () => {
    const library = generateLibrary(shipped, 1000);
    const entries = library.files.filter((f) => /^(policies|templates|materials)\//.test(f.path));
    expect(entries).toHaveLength(1000);
    expect(library.counts.policies + library.counts.templates + library.counts.materials).toBe(1000);
    const shippedCount = (c: string) => shipped.entries.filter((e) => e.collection === c).length;
    expect(library.counts.templates / library.counts.policies).toBeCloseTo(shippedCount('templates') / shippedCount('policies'), 1);
    expect(new Set(entries.map((f) => f.path)).size).toBe(1000);
    // Shipped versions of one regulation share a title; every variant has its own.
    const shippedTitles = new Set(shipped.entries.map((e) => String(e.data['title'])));
    const titles = entries.filter((f) => /-v\d+\.mdx$/.test(f.path)).map((f) => String(splitMdx(f.text).data['title']));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => shippedTitles.has(t))).toEqual([]);
  });

  it('keeps every shipped entry unchanged and copies the glossary untouched', async () => {
    const library = generateLibrary(shipped, 200);
    const byPath = new Map(library.files.map((f) => [f.path, f.text]));
    for (const entry of shipped.entries) expect(byPath.get(`${entry.collection}/${entry.id}.mdx`)).toBe(entry.text);
    const glossary = (await readContentDir('content')).filter((f) => f.path.startsWith('glossary/'));
    expect(glossary.length).toBeGreaterThan(0);
    for (const file of glossary) expect(byPath.get(file.path)).toBe(file.text);
  });

  it('writes frontmatter every collection schema accepts', () => {
    const library = generateLibrary(shipped, 400);
    const entries = library.files.filter((file) => file.path.split('/')[0]! in SCHEMAS);
    expect(entries).toHaveLength(400);
    for (const file of entries) {
      const result = SCHEMAS[file.path.split('/')[0] as keyof typeof SCHEMAS].safeParse(splitMdx(file.text).data);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('keeps <Item> blocks balanced with unique, continuous ids on every page', () => {
    for (const file of generateLibrary(shipped, 600).files.filter((f) => f.path.startsWith('templates/'))) {
      const { body } = splitMdx(file.text);
      const ids = itemIds(body);
      expect((body.match(/<\/Item>/g) ?? []).length, file.path).toBe(ids.length);
      expect(new Set(ids).size, file.path).toBe(ids.length);
      // Every shipped item id is item-N, so every generated page numbers its items 1, 2, 3 …
      expect(ids, file.path).toEqual(ids.map((_, i) => `item-${i + 1}`));
    }
  });

  it('keeps the 《…》 citations of the source in every variant', () => {
    const library = generateLibrary(shipped, 600);
    const sources = new Map(shipped.entries.map((e) => [`${e.collection}/${e.id}`, e]));
    let checked = 0;
    for (const file of library.files) {
      const match = /^(templates|materials)\/(.+)-v\d+\.mdx$/.exec(file.path);
      const source = match && sources.get(`${match[1]}/${match[2]}`);
      if (!source) continue;
      const citations = (text: string) => (text.match(/《[^《》\n]+》/g) ?? []).sort();
      const cited = citations(source.body);
      if (!cited.length) continue;
      expect(citations(splitMdx(file.text).body)).toEqual(expect.arrayContaining(cited));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('has realistic sizes: variants are never longer than their source and not much shorter on average', () => {
    const library = generateLibrary(shipped, 1000);
    const sources = new Map(shipped.entries.map((e) => [`${e.collection}/${e.id}`, e.body.trim().length]));
    const ratios: number[] = [];
    for (const file of library.files) {
      const match = /^(templates|materials)\/(.+)-v\d+\.mdx$/.exec(file.path);
      const length = match && sources.get(`${match[1]}/${match[2]}`);
      if (!length) continue;
      const ratio = splitMdx(file.text).body.trim().length / length;
      expect(ratio).toBeLessThanOrEqual(1.001);
      ratios.push(ratio);
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.8);
  });

  it('varies titles, dates and tags, and lets the tag vocabulary grow then level off', () => {
    const tags = (n: number) => new Set(generateLibrary(shipped, n).files.flatMap((f) => (splitMdx(f.text).data['tags'] as string[] | undefined) ?? []));
    const small = tags(200).size;
    const large = tags(5000).size;
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThan(small * 2);
    const materials = generateLibrary(shipped, 300).files.filter((f) => /^materials\/.+-v\d+\.mdx$/.test(f.path));
    expect(new Set(materials.map((f) => String(splitMdx(f.text).data['date']))).size).toBeGreaterThan(materials.length / 2);
  });

  it('drops version links and topic readings that point outside a library smaller than the shipped one', () => {
    const library = generateLibrary(shipped, 30);
    const ids = new Set(library.files.map((f) => f.path.replace(/\.mdx$/, '')));
    const links = (files: readonly { path: string; text: string }[]) =>
      files.flatMap((f) => {
        const { data } = splitMdx(f.text);
        const versions = [...((data['supersedes'] as string[] | undefined) ?? []), ...(typeof data['supersededBy'] === 'string' ? [data['supersededBy']] : [])];
        return [...versions.map((id) => `policies/${id}`), ...((data['readings'] as string[] | undefined) ?? [])].map((target) => `${f.path} → ${target}`);
      });
    const kept = links(library.files.filter((f) => /^(policies|topics)\//.test(f.path)));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.filter((link) => !ids.has(link.split(' → ')[1]!))).toEqual([]);
    // The same shipped files link outside these 30 entries: the generator had something to drop.
    const sameFiles = shipped.entries.filter((e) => ids.has(`${e.collection}/${e.id}`) && e.collection === 'policies');
    const shippedLinks = links(sameFiles.map((e) => ({ path: `${e.collection}/${e.id}.mdx`, text: e.text })));
    expect(shippedLinks.filter((link) => !ids.has(link.split(' → ')[1]!)).length).toBeGreaterThan(0);
  });
});

describe('shares', () => {
  it('splits a total by the shipped proportions with the largest remainder', () => {
    expect(shares({ policies: 17, templates: 26, materials: 16 }, 200)).toEqual({ policies: 58, templates: 88, materials: 54 });
    expect(shares({ policies: 1, templates: 1, materials: 1 }, 5)).toEqual({ policies: 2, templates: 2, materials: 1 });
  });
});

describe('MDX blocks', () => {
  const body = '\n引言段落，足够长的一段文字用来测试。\n\n## 一、问题\n\n<Item id="item-1">\n\n**问题**：甲。\n\n</Item>\n\n<Item id="item-2">\n\n**问题**：乙。\n\n- 一\n- 二\n\n</Item>\n\n1. 列表\n';

  it('keeps an <Item> and everything inside it as one block, also when the body starts with a newline', () => {
    const blocks = splitBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'item', 'item', 'other']);
    expect(blocks[3]!.text).toBe('<Item id="item-2">\n\n**问题**：乙。\n\n- 一\n- 二\n\n</Item>');
  });

  it('renumbers item ids after some were dropped', () => {
    const blocks = splitBlocks(body).filter((b) => !b.text.includes('item-1'));
    expect(itemIds(renumberItems(blocks).map((b) => b.text).join('\n\n'))).toEqual(['item-1']);
  });

  it('never drops the last item or a paragraph with a citation', () => {
    const cited = '依据《中国共产党章程》开展工作，这一段不能丢。\n\n<Item id="item-1">\n\n**问题**：甲。\n\n</Item>\n';
    for (let seed = 0; seed < 50; seed++) {
      const out = varyBody(cited, [], createRandom(seed));
      expect(out).toContain('《中国共产党章程》');
      expect(out).toContain('<Item id="item-1">');
    }
  });
});
