import { describe, expect, it } from 'vitest';
import { GlossaryTermSchema, MaterialSchema, PolicySchema, TemplateSchema, TopicSchema } from '../../../src/schemas';
import { validateContent } from '../../../scripts/lib/content/validate';

const mdx = (frontmatter: string) => `---\n${frontmatter.trim()}\n---\n\n正文。\n`;

describe('valid samples', () => {
  it('accepts a metadata-only policy and fills defaults', () => {
    const policy = PolicySchema.parse({
      title: '某某协会活动室管理办法（试行）',
      kind: '办法',
      docNumber: '某协发〔2020〕3号',
      issued: new Date('2020-03-01'),
      effective: '2020-04-01',
    });
    expect(policy).toMatchObject({ status: '现行有效', fullText: false, aliases: [], supersedes: [], tags: [], issued: '2020-03-01' });
  });

  it('accepts a template with one scenario given as a plain string', () => {
    const template = TemplateSchema.parse({ title: '组织生活会问题清单', scenario: '组织生活会', dimension: ['组织建设', '作风建设'] });
    expect(template.scenario).toEqual(['组织生活会']);
  });

  it('accepts a material with a year-only date and defaults to Simplified script', () => {
    const material = MaterialSchema.parse({ title: '经验交流', kind: '经验交流', date: 2019 });
    expect(material).toMatchObject({ date: '2019', script: 'zh-Hans', draft: false });
  });

  it('accepts a glossary term and a topic', () => {
    expect(GlossaryTermSchema.parse({ term: '三会一课', definition: '党支部的基本组织生活制度。' }).aliases).toEqual([]);
    expect(TopicSchema.parse({ title: '三会一课', readings: ['materials/x-y'] }).order).toBe(100);
  });

  it('treats a blank optional field as absent', () => {
    expect(MaterialSchema.parse({ title: 'x', kind: '论文', author: '  ' }).author).toBeUndefined();
  });
});

describe('invalid samples name the file and field, quote the value and give the fix', () => {
  const cases: [string, string, string][] = [
    ['policies', 'content/policies/bad-kind.mdx', mdx('title: 某某办法\nkind: 法律')],
    ['policies', 'content/policies/bad-doc-number.mdx', mdx('title: 某某办法\nkind: 办法\ndocNumber: 某协发[2020]3号')],
    ['policies', 'content/policies/effective-before-issued.mdx', mdx('title: 某某办法\nkind: 办法\nissued: 2020-03-01\neffective: 2019-01-01')],
    ['policies', 'content/policies/bad-status.mdx', mdx('title: 某某办法\nkind: 办法\nstatus: 有效')],
    ['templates', 'content/templates/no-scenario.mdx', mdx('title: 问题清单\ndimension: [组织建设]')],
    ['templates', 'content/templates/bad-dimension.mdx', mdx('title: 问题清单\nscenario: [组织生活会]\ndimension: [组织]')],
    ['templates', 'content/templates/empty-title.mdx', mdx('title: ""\nscenario: [组织生活会]\ndimension: [组织建设]')],
    ['materials', 'content/materials/bad-date.mdx', mdx('title: 论文\nkind: 论文\ndate: 2019年4月')],
    ['materials', 'content/materials/bad-script.mdx', mdx('title: 论文\nkind: 论文\nscript: zh-TW')],
    ['materials', 'content/materials/tags-not-list.mdx', mdx('title: 论文\nkind: 论文\ntags: 党建')],
    ['materials', 'content/materials/bad-yaml.mdx', mdx('title: 论文: 其一\nkind: [论文')],
    ['glossary', 'content/glossary/unknown-key.yaml', 'term: 三会一课\ndefinition: 制度。\ndefiniton: 错拼的键\n'],
    ['topics', 'content/topics/bad-reading.mdx', mdx('title: 专题\nreadings: [materials/论文]')],
  ];

  it.each(cases)('%s: %s', (collection, file, text) => {
    const lines = validateContent(collection, file, text);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(`${file} → `)).toBe(true);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('reports every problem of a file at once', () => {
    const lines = validateContent('templates', 'content/templates/x.mdx', mdx('title: 清单\nscenario: [生活会]\ndimension: [组织]'));
    expect(lines).toHaveLength(2);
  });
});

describe('unknown fields', () => {
  it('names a misspelt field and lists the fields the collection knows', () => {
    const [line] = validateContent('templates', 'content/templates/typo.mdx', mdx('title: 清单\nsenario: [组织生活会]\nscenario: [组织生活会]\ndimension: [组织建设]'));
    expect(line).toContain('「senario」');
    expect(line).toContain('scenario');
    expect(line).toContain('dimension');
  });
});
