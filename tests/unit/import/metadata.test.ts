import { describe, expect, it } from 'vitest';
import { detectScript, guessMaterialKind, guessPolicyKind, inferMetadata, parseDate } from '../../../scripts/lib/import/index.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('inferMetadata', () => {
  it('takes the first short line without sentence punctuation as the title', () => {
    const result = inferMetadata(lines('某某支部工作小结', '支部全年组织学习十二次。'));
    expect(result.metadata.title).toBe('某某支部工作小结');
    expect(result.lines.map((line) => line.text)).toEqual(['支部全年组织学习十二次。']);
  });

  it('says it could not decide a title when the text has none, and invents nothing', () => {
    const result = inferMetadata(lines('2030年，某某支部围绕年度目标开展工作，取得一定成效。'));
    expect(result.metadata.title).toBeUndefined();
    expect(result.undecided[0]).toContain('无法确定标题');
  });

  it('moves labelled author, journal and date lines into metadata', () => {
    const result = inferMetadata(lines('某某研究', '正文。', '论文作者：张三', '论文发表刊物：《某某研究》2030年第1期', '论文发表时间：2030/1/15'));
    expect(result.metadata).toMatchObject({ author: '张三', publication: '《某某研究》2030年第1期', date: '2030-01-15' });
    expect(result.lines.map((line) => line.text)).toEqual(['正文。']);
  });

  it('strips the scraping site suffix 论文_作者 from a title', () => {
    expect(inferMetadata(lines('论某某工作论文_张三', '正文。')).metadata).toMatchObject({ title: '论某某工作', author: '张三' });
  });

  it('reads an organisation in brackets after the author', () => {
    expect(inferMetadata(lines('标题', '作者：王五（某某局机关党委）', '正文。')).metadata).toMatchObject({ author: '王五', organization: '某某局机关党委' });
  });

  it('takes the writers of a byline as the author, not the photo credit after “/文”', () => {
    const result = inferMetadata(lines('标题', '正文。', '（本报记者 张某 特约通讯员 李某/文 某某局供图）'));
    expect(result.metadata.author).toBe('本报记者 张某 特约通讯员 李某');
    expect(result.findings.find((f) => f.field === 'author')?.how).toContain('某某局供图');
    expect(inferMetadata(lines('标题', '正文。', '（本报记者 张某）')).metadata.author).toBe('本报记者 张某');
  });

  it('leaves metadata lines in the body when the collection has no such field', () => {
    const result = inferMetadata(lines('标题', '作者：王五', '正文。'), { fields: new Set(['title']) });
    expect(result.metadata.author).toBeUndefined();
    expect(result.lines.map((line) => line.text)).toEqual(['作者：王五', '正文。']);
  });
});

describe('parseDate', () => {
  it.each([
    ['2019-04-28', '2019-04-28'],
    ['2019/4/28', '2019-04-28'],
    ['2019年4月28日', '2019-04-28'],
    ['2019年4月', '2019-04'],
    ['2019年', '2019'],
  ])('normalises %s', (input, output) => expect(parseDate(input)).toBe(output));

  it('rejects impossible months', () => expect(parseDate('2019-13-01')).toBeUndefined());
});

describe('detectScript', () => {
  it('recognises Traditional Chinese without converting it', () => {
    expect(detectScript('河北省煙草專賣局黨支部標準化規范化建設')).toBe('zh-Hant');
    expect(detectScript('河北省烟草专卖局党支部标准化规范化建设')).toBe('zh-Hans');
  });
});

describe('kind guesses', () => {
  it('guesses a paper from its labels and a news report from its byline', () => {
    expect(guessMaterialKind('正文讲话精神。\n论文作者:张三')).toBe('论文');
    expect(guessMaterialKind('（本报记者 张某）')).toBe('新闻报道');
  });

  it('reads the policy kind from the end of the title, brackets ignored', () => {
    expect(guessPolicyKind('某某协会活动室管理办法（试行）')).toBe('办法');
    expect(guessPolicyKind('某某学习笔记')).toBeUndefined();
  });
});
