import { describe, expect, it } from 'vitest';
import { relatedByTags } from '../../../src/lib/related';
import { slugify, uniqueSlugs } from '../../../src/lib/slug';
import { rehypeBaseLinks } from '../../../src/plugins/rehype-base-links';
import { h } from 'hastscript';

describe('slugify', () => {
  it('turns Chinese into toneless pinyin syllables joined by hyphens', () => {
    expect(slugify('三会一课')).toBe('san-hui-yi-ke');
  });
  it('keeps ASCII letters and digits, drops punctuation and full-width forms', () => {
    expect(slugify('论践行“两学一做”（2019）')).toBe('lun-jian-xing-liang-xue-yi-zuo-2019');
  });
  it('cuts long titles at the syllable limit', () => {
    expect(slugify('中国共产党支部工作条例试行', 4)).toBe('zhong-guo-gong-chan');
  });
  it('never returns an empty slug', () => {
    expect(slugify('《》')).toBe('x');
  });
  it('numbers colliding slugs instead of merging them', () => {
    const slugs = uniqueSlugs(['工作', '工作', '公作']);
    expect(new Set(slugs.values()).size).toBe(2);
    expect([...slugs.values()].sort()).toEqual(['gong-zuo', 'gong-zuo-2']);
  });
});

describe('relatedByTags', () => {
  const entry = (id: string, tags: string[]) => ({ id, collection: 'materials', data: { tags } });
  it('ranks by shared tags, excludes the entry itself and entries sharing none', () => {
    const self = entry('a', ['党费', '三会一课']);
    const result = relatedByTags(self, [self, entry('b', ['党费']), entry('c', ['党费', '三会一课']), entry('d', ['其他'])]);
    expect(result.map((e) => e.id)).toEqual(['c', 'b']);
  });
});

describe('rehypeBaseLinks', () => {
  const run = (base: string, href: string) => {
    const tree = { type: 'root' as const, children: [h('a', { href })] };
    rehypeBaseLinks({ base })(tree);
    return (tree.children[0] as ReturnType<typeof h>).properties['href'];
  };
  it('prefixes root-relative links with the base path', () => expect(run('/kb/', '/templates/x/')).toBe('/kb/templates/x/'));
  it('leaves external, protocol-relative, fragment and relative links alone', () => {
    for (const href of ['https://example.org/', '//cdn/x', '#item-1', 'x/']) expect(run('/kb/', href)).toBe(href);
  });
  it('does not prefix twice', () => expect(run('/kb/', '/kb/a/')).toBe('/kb/a/'));
  it('changes nothing at the root base', () => expect(run('/', '/a/')).toBe('/a/'));
});
