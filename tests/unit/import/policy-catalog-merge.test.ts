// An imported regulation fills its catalogue entry, never a duplicate beside it: hand-written
// fields stay, dates the text proves are filled, a new version gets its own linked entry, and a
// text that does not fit the entry named with --into is refused with nothing written.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYaml, importText, placePolicy, runImport, type CatalogFile } from '../../../scripts/lib/import/index.ts';
import { parseEntry, splitFrontmatter } from '../../../src/lib/content/entry-file';
import { PolicySchema } from '../../../src/schemas';

// A made-up 条例 in three versions; the catalogue knows 2025 (hand-written, with a comment) and 2031.
const V2025 = `---
title: 某某县棋类协会纪律处分条例
summary: 手写的摘要。 # kept as written
aliases: [棋协纪律处分条例]
kind: 条例
issued: 2025-03
status: 已修订
supersededBy: mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li
fullText: false
tags: [纪律]
added: 2030-01-01
---
`;
const V2031 = `---
title: 某某县棋类协会纪律处分条例
aliases: [棋协纪律处分条例]
kind: 条例
issuer: 某某县棋类协会
issued: 2031-05
status: 现行有效
supersedes: [mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025]
fullText: false
added: 2030-01-01
---
`;
const catalog = (): CatalogFile[] => [
  { id: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025', text: V2025 },
  { id: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li', text: V2031 },
];
const text = (title: string, note = '', body = '第一条 为了严肃本会纪律，制定本条例。\n第二条 本条例自发布之日起施行。') => [title, note, body].filter(Boolean).join('\n');
const imported = (source: string) => {
  const result = importText(source, { collection: 'policies', fileName: 'input.txt', today: '2032-06-01' });
  return { frontmatter: result.frontmatter, body: result.body, file: 'input.txt' };
};
/** An entry file's frontmatter as the site reads it (validated: dates as text). */
const data = (file: string) => {
  const result = parseEntry('policies', 'content/policies/x.mdx', file);
  if (!result.entry) throw new Error(result.problems.join('\n'));
  return result.entry.data;
};

describe('placePolicy', () => {
  it('fills the entry whose title and version match, keeping every hand-written field and line', () => {
    const placed = placePolicy(imported(text('某某县棋类协会纪律处分条例 2031', '（2031年5月8日某某县棋类协会会员大会通过　2031年5月20日某某县棋类协会发布）')), catalog());
    expect(placed.how).toBe('filled');
    expect([...placed.files.keys()]).toEqual(['mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li']);
    const file = placed.files.get('mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li')!;
    expect(data(file)).toMatchObject({ title: '某某县棋类协会纪律处分条例', aliases: ['棋协纪律处分条例'], status: '现行有效', issued: '2031-05-20', fullText: true, added: '2030-01-01', version: '2031' });
    expect(file).toContain('\nissuer: 某某县棋类协会\n'); // untouched line, as written
    expect(splitFrontmatter(file).body).toContain('**第一条**　为了严肃本会纪律');
    expect(placed.notes).toContain('issued「2031-05」按文本精确为「2031-05-20」');
    expect(() => PolicySchema.parse(data(file))).not.toThrow();
  });

  it('keeps a hand-written value the text contradicts and says so; fills what the entry lacks', () => {
    const placed = placePolicy(imported(text('某某县棋类协会纪律处分条例', '（2025年4月9日某某县棋类协会会员大会通过）')), catalog());
    expect(placed.id).toBe('mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025');
    const file = placed.files.get(placed.id)!;
    expect(file).toContain('summary: 手写的摘要。 # kept as written');
    expect(data(file)).toMatchObject({ issued: '2025-03', issuer: '某某县棋类协会会员大会', effective: '2025-04-09' });
    expect(placed.notes).toContain('issued 保留条目手写的「2025-03」（文本为「2025-04-09」，请核对）');
  });

  it('makes a new version its own entry, linked between the versions before and after it', () => {
    const placed = placePolicy(imported(text('某某县棋类协会纪律处分条例 2028')), catalog());
    expect(placed.how).toBe('new-version');
    expect(placed.id).toBe('mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2028');
    const [created, older, newer] = ['mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2028', 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025', 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li'].map((id) => data(placed.files.get(id)!));
    expect(created).toMatchObject({ supersedes: ['mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025'], supersededBy: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li', status: '已修订', version: '2028' });
    expect(older).toMatchObject({ supersededBy: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2028', summary: '手写的摘要。' });
    expect(newer).toMatchObject({ supersedes: ['mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2028'] });
  });

  it('makes a regulation nobody catalogued a new entry named by its title', () => {
    const placed = placePolicy(imported(text('某某县围棋协会会员条例')), catalog());
    expect(placed.how).toBe('new');
    expect(placed.id).toBe('mou-mou-xian-wei-qi-xie-hui-hui-yuan-tiao-li');
  });

  it('refuses --into an entry with another title or another version, and an entry that already has its text', () => {
    expect(() => placePolicy(imported(text('某某县围棋协会会员条例')), catalog(), { into: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li' })).toThrow(
      '标题「某某县围棋协会会员条例」与条目 mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li 的标题「某某县棋类协会纪律处分条例」及简称都不符',
    );
    expect(() => placePolicy(imported(text('某某县棋类协会纪律处分条例 2025')), catalog(), { into: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li' })).toThrow(
      '文本是 2025 年的版本，条目 mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li 描述的是另一版本（发布 2031-05）',
    );
    expect(() => placePolicy(imported(text('棋协纪律处分条例 2025')), catalog(), { into: 'no-such-entry' })).toThrow('--into no-such-entry：目录中没有这个条目');
    const filled = placePolicy(imported(text('某某县棋类协会纪律处分条例 2031')), catalog());
    const full = catalog().map((entry) => (filled.files.has(entry.id) ? { id: entry.id, text: filled.files.get(entry.id)! } : entry));
    expect(() => placePolicy(imported(text('某某县棋类协会纪律处分条例 2031')), full)).toThrow('已有全文');
    expect(() => placePolicy(imported(text('某某县棋类协会纪律处分条例 2031')), full, { force: true })).not.toThrow();
  });

  it('asks for --into when several versions fit and the text does not say which', () => {
    expect(() => placePolicy(imported(text('某某县棋类协会纪律处分条例')), catalog())).toThrow('文本没有说明是哪一版');
  });

  it('refuses a fill that would leave the entry invalid, naming the kept hand-written value', () => {
    // 施行 on the day of issue, and the text was issued in 2025-02: before the hand-written 2025-03.
    expect(() => placePolicy(imported(text('某某县棋类协会纪律处分条例 2025', '（2025年2月1日某某县棋类协会发布）')), catalog())).toThrow(/施行日期.*早于发布日期[\s\S]*issued 保留条目手写的「2025-03」/);
  });
});

describe('editYaml', () => {
  it('replaces keys in place, inserts new ones in key order and leaves other lines as written', () => {
    const lines = ['title: 甲 # 手写', 'kind: 条例', 'supersedes:', '  - a', '  - b', 'tags: [x]'];
    expect(editYaml(lines, { supersedes: ['c'], fullText: true, issued: '2031-05-20', kind: undefined })).toEqual([
      'title: 甲 # 手写',
      'issued: "2031-05-20"',
      'supersedes: ["c"]',
      'fullText: true',
      'tags: [x]',
    ]);
  });
});

describe('npm run import -- --collection policies', () => {
  it('writes nothing when --into names an entry the text does not fit, and fills it when it does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-import-'));
    const out = join(dir, 'policies');
    const input = join(dir, 'input.txt');
    writeFileSync(input, text('某某县棋类协会纪律处分条例 2025'));
    mkdirSync(out);
    for (const entry of catalog()) writeFileSync(join(out, `${entry.id}.mdx`), entry.text);
    const refused = await runImport([input], { collection: 'policies', out, into: 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li' });
    expect(refused.problems.map((p) => p.problem)).toEqual([expect.stringContaining('描述的是另一版本')]);
    expect(refused.written).toBe(0);
    expect(readdirSync(out).sort()).toEqual(catalog().map((e) => `${e.id}.mdx`).sort());
    for (const entry of catalog()) expect(readFileSync(join(out, `${entry.id}.mdx`), 'utf8')).toBe(entry.text);

    const filled = await runImport([input], { collection: 'policies', out });
    expect(filled.problems).toEqual([]);
    expect(filled.written).toBe(1);
    expect(readdirSync(out)).toHaveLength(2);
    expect(data(readFileSync(join(out, 'mou-mou-xian-qi-lei-xie-hui-ji-lv-chu-fen-tiao-li-2025.mdx'), 'utf8'))).toMatchObject({ fullText: true, version: '2025' });
  });
});
