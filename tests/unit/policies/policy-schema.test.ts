import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../../src/schemas';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/entry-file';

const base = { title: '某某市青年志愿者协会会员管理办法（试行）', kind: '办法' };
const messages = (input: Record<string, unknown>) => {
  const result = PolicySchema.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('PolicySchema', () => {
  it('accepts a 文号 with 六角括号 〔〕', () => {
    expect(messages({ docNumber: '某青协发〔2031〕7号' })).toEqual([]);
  });

  it.each(['某青协发[2031]7号', '某青协发(2031)7号', '某青协发（2031）7号', '某青协发【2031】7号'])('rejects the 文号 %s and shows the right form', (docNumber) => {
    expect(messages({ docNumber })).toEqual([`docNumber: 文号 docNumber 「${docNumber}」 格式不对。年份须用六角括号〔〕，例如：中发〔2018〕23号。`]);
  });

  it('rejects an effective date before the issue date', () => {
    expect(messages({ issued: '2031-03-09', effective: '2031-03-01' })).toEqual([
      'effective: 施行日期 「2031-03-01」 早于发布日期 「2031-03-09」。请核对两个日期。',
    ]);
  });

  it('accepts partial dates in order, e.g. a month of issue and a day of effect', () => {
    expect(messages({ issued: '2015-10', effective: '2016-01-01' })).toEqual([]);
  });

  it('rejects an unknown status and lists the three', () => {
    expect(messages({ status: '失效' })[0]).toContain('可选：现行有效、已修订、已废止');
  });
});

describe('the catalog in content/policies', () => {
  const files = readdirSync('content/policies').filter((f) => f.endsWith('.mdx'));
  const entries = files.map((file) => {
    const { yaml, body } = splitFrontmatter(readFileSync(`content/policies/${file}`, 'utf8'));
    return { file, data: parseYaml(yaml ?? '', file) as Record<string, unknown>, body };
  });

  it.each(files)('%s passes the schema', (file) => {
    const entry = entries.find((e) => e.file === file)!;
    expect(() => PolicySchema.parse(entry.data)).not.toThrow();
  });

  it('has a body exactly where it claims the full text (the texts themselves: tests/unit/import/sources.test.ts)', () => {
    for (const entry of entries) expect(entry.body.trim() !== '', entry.file).toBe(entry.data['fullText'] === true);
    expect(entries.filter((entry) => entry.data['fullText'] === true).length).toBeGreaterThanOrEqual(8);
  });

  it('catalogues every regulation the issue names', () => {
    const titles = new Set(entries.map((e) => e.data['title']));
    for (const title of [
      '中国共产党章程',
      '中国共产党支部工作条例（试行）',
      '中国共产党廉洁自律准则',
      '中国共产党纪律处分条例',
      '中国共产党党内监督条例',
      '关于新形势下党内政治生活的若干准则',
      '中国共产党发展党员工作细则',
      '中国共产党党组工作条例',
      '党政领导干部选拔任用工作条例',
    ]) {
      expect(titles.has(title), title).toBe(true);
    }
  });
});
