// Editorial records (scripts/sources/): several texts cut out of one file, a damaged line
// repaired as a recorded repair, an article the source lacks declared missing — and a record
// that no longer fits its file refused, naming the line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../scripts/lib/import/index.ts';
import { applyRepairs, runSourceRecords } from '../../../scripts/lib/import/source-run.ts';
import type { SourceRecord } from '../../../scripts/lib/import/source-record.ts';
import { parseEntry } from '../../../src/lib/content/entry-file';

// A made-up handbook: two regulations, one title missing a character, one article split over
// two lines, one article number skipped.
const HANDBOOK = [
  '某某县棋类协会工作手册', // 1
  '某某县棋类协会赛事管理规则', // 2
  '## 第一条 为了办好本会赛事，制定本规则。', // 3
  '', // 4
  '## 第二条 赛事由竞赛委员会组织，裁判由竞赛委', // 5
  '', // 6
  '员会选派。', // 7
  '## 第三条 本规则自发布之日起施行。', // 8
  '某某县棋类协会会员奖规定', // 9
  '## 第一条 为了表彰优秀会员，制定本规定。', // 10
  '## 第三条 本规定自发布之日起施行。', // 11
  '',
].join('\n');

function workspace(): { sources: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'sources-'));
  mkdirSync(join(root, 'sources', 'policies'), { recursive: true });
  mkdirSync(join(root, 'content', 'policies'), { recursive: true });
  writeFileSync(join(root, 'sources', 'policies', 'handbook.md'), HANDBOOK);
  return { sources: join(root, 'sources'), content: join(root, 'content') };
}

const RECORD: SourceRecord = {
  file: 'policies/handbook.md',
  origin: '《某某县棋类协会工作手册》',
  parts: [
    {
      collection: 'policies',
      lines: [2, 8],
      repairs: [{ line: 5, found: '竞赛委\n\n员会', shown: '竞赛委员会', note: '一句话断在两行，已接排。' }],
    },
    {
      collection: 'policies',
      lines: [9, 11],
      missingArticles: [2],
      repairs: [{ line: 9, found: '会员奖', shown: '优秀会员奖', note: '标题脱“优秀”二字。' }],
    },
  ],
};

describe('runSourceRecords', () => {
  it('cuts each regulation out of the file, records its repairs and missing articles, and names the lines in its source', async () => {
    const { sources, content } = workspace();
    const run = await runSourceRecords({ records: [RECORD], sourcesDir: sources, contentDir: content, today: '2032-06-01' });
    expect(run.problems).toEqual([]);
    const files = [...run.files].map(([path, text]) => ({ path, ...parseEntry('policies', path, text).entry! }));
    expect(files.map((f) => f.path)).toEqual([join(content, 'policies', 'mou-mou-xian-qi-lei-xie-hui-sai-shi-guan-li-gui-ze.mdx'), join(content, 'policies', 'mou-mou-xian-qi-lei-xie-hui-you-xiu-hui-yuan-jiang-gui-ding.mdx')]);
    const [rules, award] = files;
    expect(rules!.data).toMatchObject({ source: '《某某县棋类协会工作手册》，第 2–8 行', repairs: [{ line: 5, found: '竞赛委\n\n员会', shown: '竞赛委员会', note: '一句话断在两行，已接排。' }], draft: false });
    expect(rules!.body).toContain('**第二条**　赛事由竞赛委员会组织，裁判由竞赛委员会选派。');
    expect(award!.data).toMatchObject({ title: '某某县棋类协会优秀会员奖规定', missingArticles: [2], draft: false });
    expect(award!.body).not.toContain('第二条');
    expect(run.report.join('\n')).toContain('policies/handbook.md（第 9–11 行） → mou-mou-xian-qi-lei-xie-hui-you-xiu-hui-yuan-jiang-gui-ding.mdx');
  });

  it('refuses a repair whose text is not on its line, and an article declared missing that the text has', async () => {
    const { sources, content } = workspace();
    const moved: SourceRecord = { ...RECORD, parts: [{ ...RECORD.parts[1]!, repairs: [{ line: 10, found: '会员奖', shown: '优秀会员奖', note: '' }] }] };
    const run = await runSourceRecords({ records: [moved], sourcesDir: sources, contentDir: content });
    expect(run.problems.map((p) => p.message)).toEqual(['policies/handbook.md:10 → 编辑记录的修复「会员奖」不在这一行 → 来源文件可能已变：请核对编辑记录里的行号和原文']);
    const present: SourceRecord = { ...RECORD, parts: [{ ...RECORD.parts[0]!, missingArticles: [2] }] };
    const again = await runSourceRecords({ records: [present], sourcesDir: sources, contentDir: content });
    expect(again.problems.map((p) => p.problem)).toEqual(['编辑记录说第二条在来源中缺失，但文本里有这一条']);
    expect(again.files.size).toBe(0);
  });
});

describe('applyRepairs', () => {
  it('keeps the line count when a repair joins lines, so later line numbers stay those of the file', () => {
    const lines = HANDBOOK.split('\n').slice(1, 8);
    const repaired = applyRepairs(lines, 2, RECORD.parts[0]!.repairs!, 'handbook.md');
    expect(repaired).toHaveLength(lines.length);
    expect(repaired[3]).toBe('## 第二条 赛事由竞赛委员会组织，裁判由竞赛委员会选派。');
    expect(repaired.slice(4, 6)).toEqual(['', '']);
    expect(repaired[6]).toBe(lines[6]);
  });
});

describe('article gaps', () => {
  it('leaves a skipped article number undecided (entry kept as draft) unless a record declares it missing', () => {
    const result = importText('某某县棋类协会会员奖规定\n第一条 为了表彰优秀会员，制定本规定。\n第三条 本规定自发布之日起施行。', { collection: 'policies', fileName: 'a.txt', today: '2032-06-01' });
    expect(result.report.undecided).toEqual([expect.stringContaining('条号不连续：缺第二条')]);
    expect(result.frontmatter['draft']).toBe(true);
  });
});
