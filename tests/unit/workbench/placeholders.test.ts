import { describe, expect, it } from 'vitest';
import { cleanFillValues, fillPlaceholders, findPlaceholders, splitPlaceholders } from '../../../src/lib/workbench/placeholders';

const found = (text: string, before = '') => findPlaceholders(text, before).map((m) => [m.text, m.kind]);
const values = { unit: '红星社区', branch: '红星社区第一党支部', region: '海淀', person: '张三', year: '2025', deadline: '2025年6月底前' };

describe('placeholder detection', () => {
  it('finds the placeholder forms of the domain notes with their kinds', () => {
    expect(found('XX单位召开会议')).toEqual([['XX单位', 'unit']]);
    expect(found('培养积极分子x名')).toEqual([['x', 'number']]);
    expect(found('**年**月完成')).toEqual([['**年**月', 'deadline']]);
    expect(found('20__年度工作')).toEqual([['20__', 'year']]);
    expect(found('中共×区委组织部')).toEqual([['×', 'region']]);
    expect(found('某某同志发言')).toEqual([['某某', 'person']]);
    expect(found('xx党支部认真执行')).toEqual([['xx党支部', 'branch']]);
    expect(found('20xx年邀请专家')).toEqual([['20xx', 'year']]);
  });

  it('reads a person from the words before it, also across a bold label', () => {
    expect(found('明确党委书记×为第一责任人')).toEqual([['×', 'person']]);
    expect(found('：xx。', '总负责人')).toEqual([['xx', 'person']]);
    expect(found('原市委宣传部长xxx等专家')).toEqual([['xxx', 'person']]);
  });

  it('takes a whole month expression as the deadline and a day as a date', () => {
    expect(found('预计在**月底前完成')).toEqual([['**月底前', 'deadline']]);
    expect(found('20xx年x月底前')).toEqual([['20xx年x月底前', 'deadline']]);
    expect(found('x月x日召开')).toEqual([['x月x日', 'date']]);
  });

  it('leaves multiplication, Latin words, single asterisks and real years alone', () => {
    expect(found('3×4米的展板')).toEqual([]);
    expect(found('导出 docx 文件')).toEqual([]);
    expect(found('注*：见附件')).toEqual([]);
    expect(found('2019年工作总结')).toEqual([]);
  });

  it('cuts a text into plain parts and placeholders that join back to the original', () => {
    const text = 'XX单位2020年培养积极分子x名，由某某负责。';
    const parts = splitPlaceholders(text);
    expect(parts.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(text);
    expect(parts.filter((p) => typeof p !== 'string')).toHaveLength(3);
  });
});

describe('placeholder filling', () => {
  it('fills every fillable placeholder and keeps the surrounding words', () => {
    expect(fillPlaceholders('XX单位召开会议，×党委书记×主持，中共×区委组织部参加', values)).toBe(
      '红星社区召开会议，红星社区党委书记张三主持，中共海淀区委组织部参加',
    );
    expect(fillPlaceholders('20xx年，xx党支部在**月底前完成', values)).toBe('2025年，红星社区第一党支部在2025年6月底前完成');
  });

  it('leaves numbers, dates and placeholders without a value as they are', () => {
    expect(fillPlaceholders('培养积极分子x名，x月x日召开', values)).toBe('培养积极分子x名，x月x日召开');
    expect(fillPlaceholders('XX单位的某某', { unit: '  ' })).toBe('XX单位的某某');
    expect(fillPlaceholders('XX单位的某某', { person: '李四' })).toBe('XX单位的李四');
  });

  it('treats kind-less placeholders as the field they stand in when told', () => {
    expect(fillPlaceholders('xx。', values)).toBe('xx。');
    expect(fillPlaceholders('xx。', values, 'person')).toBe('张三。');
  });

  it('keeps only known, non-empty stored values', () => {
    expect(cleanFillValues({ unit: ' 红星社区 ', year: '', evil: 'x', person: 3 })).toEqual({ unit: '红星社区' });
    expect(cleanFillValues('nonsense')).toEqual({});
    expect(cleanFillValues(null)).toEqual({});
  });
});
