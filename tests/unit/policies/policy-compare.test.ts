// The 新旧对照 alignment (src/lib/policy-compare.ts) on a made-up 场地借用办法 in two versions:
// renumbering, splits, merges, moves and rewrites, as revisions do them; then the real
// 纪律处分条例 2018 → 2023 pair, where the counts were checked by reading every row that is not
// “unchanged” (see the test).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/entry-file';
import { alignArticles, charDiff, countStatuses, extractArticles, similarity, type AlignedPair, type CompareArticle } from '../../../src/lib/policy-compare';

const BASE = [
  '为了规范本会活动场地的借用，保障会员活动有序开展，制定本办法。',
  '会员借用场地，应当提前三日向秘书处提交书面申请，写明用途、人数和时段。',
  '借用场地每次不超过四小时；节假日借用的，由秘书处另行安排。',
  '借用人应当爱护场地设施，损坏的照价赔偿。借用结束后应当清扫场地，关闭门窗水电，恢复原状。',
  '秘书处应当每月在会员群公布场地借用情况，接受会员监督。',
  '本办法自2031年1月1日起施行。',
];

const LABELS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const version = (texts: readonly string[]): CompareArticle[] =>
  texts.map((text, index) => ({ id: `art-${index + 1}`, number: index + 1, label: `第${LABELS[index]}条`, text, context: [] }));

/** Rows as "status old→new", e.g. "unchanged 2→3", "added →1", "changed(split) 4→4+5". */
const show = (rows: AlignedPair[]) =>
  rows.map((row) => `${row.status}${row.kind ? `(${row.kind})` : ''} ${row.old.map((a) => a.number).join('+')}→${row.new.map((a) => a.number).join('+')}`);

describe('alignArticles', () => {
  it('pairs renumbered articles by content: an inserted article shifts the rest without changing them', () => {
    const newer = [BASE[0]!, '会员可以通过会员群预约场地，秘书处在一日内答复是否可以借用。', ...BASE.slice(1)];
    expect(show(alignArticles(version(BASE), version(newer)))).toEqual([
      'unchanged 1→1',
      'added →2',
      'unchanged 2→3',
      'unchanged 3→4',
      'unchanged 4→5',
      'unchanged 5→6',
      'unchanged 6→7',
    ]);
  });

  it('finds an article split in two', () => {
    const newer = [...BASE.slice(0, 3), '借用人应当爱护场地设施，损坏的照价赔偿。', '借用结束后，借用人应当清扫场地，关闭门窗水电，恢复原状。', ...BASE.slice(4)];
    expect(show(alignArticles(version(BASE), version(newer)))).toEqual([
      'unchanged 1→1',
      'unchanged 2→2',
      'unchanged 3→3',
      'changed(split) 4→4+5',
      'unchanged 5→6',
      'unchanged 6→7',
    ]);
  });

  it('finds two articles merged into one', () => {
    const older = [...BASE.slice(0, 3), '借用人应当爱护场地设施，损坏的照价赔偿。', '借用结束后，借用人应当清扫场地，关闭门窗水电，恢复原状。', ...BASE.slice(4)];
    expect(show(alignArticles(version(older), version(BASE)))).toEqual([
      'unchanged 1→1',
      'unchanged 2→2',
      'unchanged 3→3',
      'changed(merge) 4+5→4',
      'unchanged 6→5',
      'unchanged 7→6',
    ]);
  });

  it('marks an article that changed place as moved, the others as unchanged', () => {
    const newer = [BASE[0]!, BASE[4]!, BASE[1]!, BASE[2]!, BASE[3]!, BASE[5]!];
    const rows = alignArticles(version(BASE), version(newer));
    expect(show(rows)).toEqual(['unchanged 1→1', 'moved 5→2', 'unchanged 2→3', 'unchanged 3→4', 'unchanged 4→5', 'unchanged 6→6']);
    expect(rows[1]!.textChanged).toBe(false);
  });

  it('pairs an article rewritten in other words at the same place, and keeps unrelated new and old ones apart', () => {
    const newer = [...BASE];
    newer[2] = '场地每次借用最长四小时，节假日的借用时间由秘书处另行商定。';
    newer[4] = '会员对场地管理有意见的，可以向理事会反映，理事会应当在十日内答复。';
    const rows = alignArticles(version(BASE), version(newer));
    expect(show(rows)).toEqual(['unchanged 1→1', 'unchanged 2→2', 'changed 3→3', 'unchanged 4→4', 'deleted 5→', 'added →5', 'unchanged 6→6']);
  });

  it('lists every article of both versions exactly once', () => {
    const newer = [BASE[5]!, '会员可以通过会员群预约场地。', BASE[0]!, BASE[3]!, '场地每次借用最长四小时。'];
    const rows = alignArticles(version(BASE), version(newer));
    expect(rows.flatMap((row) => row.old.map((a) => a.number)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.flatMap((row) => row.new.map((a) => a.number)).sort()).toEqual([1, 2, 3, 4, 5]);
    const counts = countStatuses(rows);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});

describe('similarity and charDiff', () => {
  it('scores identical texts 1 and unrelated ones near 0', () => {
    expect(similarity(BASE[1]!, BASE[1]!)).toBe(1);
    expect(similarity(BASE[1]!, '本办法自2031年1月1日起施行。')).toBeLessThan(0.1);
  });

  it('gives the characters removed and inserted', () => {
    expect(charDiff('本条例由中央纪律检查委员会负责解释。', '本条例由中央纪委负责解释。')).toEqual([
      { kind: 'same', text: '本条例由中央纪' },
      { kind: 'removed', text: '律检查' },
      { kind: 'same', text: '委' },
      { kind: 'removed', text: '员会' },
      { kind: 'same', text: '负责解释。' },
    ]);
  });
});

describe('extractArticles', () => {
  it('reads articles with their headings and page anchors, items included', () => {
    const body = '## 第一编 总则\n\n### 第一章 适用范围\n\n**第一条**　为了规范借用，制定本办法。\n\n**第一条之一**　本办法适用于会员。\n\n（一）个人会员；\n\n（二）单位会员。\n\n### 第二章 附则\n\n**第二条**　本办法自2031年1月1日起施行。\n';
    expect(extractArticles(body)).toEqual([
      { id: 'art-1', number: 1, label: '第一条', text: '为了规范借用，制定本办法。', context: ['第一编 总则', '第一章 适用范围'] },
      { id: 'art-1-1', number: 1, label: '第一条之一', text: '本办法适用于会员。\n（一）个人会员；\n（二）单位会员。', context: ['第一编 总则', '第一章 适用范围'] },
      { id: 'art-2', number: 2, label: '第二条', text: '本办法自2031年1月1日起施行。', context: ['第一编 总则', '第二章 附则'] },
    ]);
  });
});

describe('纪律处分条例 2018 → 2023', () => {
  const articles = (id: string) => extractArticles(splitFrontmatter(readFileSync(`content/policies/${id}.mdx`, 'utf8')).body);
  const older = articles('zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018');
  const newer = articles('zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li');
  const rows = alignArticles(older, newer);
  const row = (oldNumber?: number, newNumber?: number) =>
    rows.find((r) => (oldNumber === undefined || r.old.some((a) => a.number === oldNumber)) && (newNumber === undefined || r.new.some((a) => a.number === newNumber)));

  it('covers 142 and 158 articles, each once', () => {
    expect(older).toHaveLength(142);
    expect(newer).toHaveLength(158);
    expect(rows.flatMap((r) => r.old).length).toBe(142);
    expect(rows.flatMap((r) => r.new).length).toBe(158);
  });

  // Checked by reading: every added article was looked up in the 2018 text by its key words
  // (政治骗子, 统计造假, 滥用问责, 信访, 机构编制 …: absent there); the one deleted article
  // (2018 第一百一十七条, 形象工程) survives only as a sentence inside the new 第五十七条; every
  // changed pair below similarity 0.7 was read side by side; unchanged pairs are equal text.
  it('finds 65 unchanged, 76 changed, 17 added, 1 deleted and 0 moved articles', () => {
    expect(countStatuses(rows)).toEqual({ unchanged: 65, changed: 76, added: 17, deleted: 1, moved: 0 });
  });

  it('pairs renumbered and rewritten articles by content', () => {
    expect(row(141, 157)?.status).toBe('changed'); // 中央纪律检查委员会 → 中央纪委
    expect(row(142, 158)?.status).toBe('changed'); // 施行 date, transition rules added
    expect(row(39, 42)?.status).toBe('changed'); // 计算经济损失 rewritten
    expect(row(50, 56)?.status).toBe('changed'); // 自行其是、搞山头主义, second paragraph reworded
    expect(row(undefined, 55)?.status).toBe('added'); // 政治骗子: new in 2023
    expect(row(117)?.status).toBe('deleted');
  });
});
