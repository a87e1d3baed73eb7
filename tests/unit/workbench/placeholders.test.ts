import { describe, expect, it } from 'vitest';
import { cleanFillValues, fillPlaceholders, findPlaceholders, splitPlaceholders, unfilledPlaceholders } from '../../../src/lib/workbench/placeholders';

const found = (text: string, options = {}) => findPlaceholders(text, options).map((m) => [m.text, m.kind, ...(m.role ? [m.role] : [])]);
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

  it('reads a person and their role from the words before or after, also across a bold label', () => {
    // mingcha-anfang-fankui-wenti-zhenggai-qingkuang-baogao: two different people.
    expect(found('明确党委书记×为整改工作第一责任人，具体由党委副书记×抓好')).toEqual([
      ['×', 'person', '党委书记'],
      ['×', 'person', '党委副书记'],
    ]);
    // zhen-dangwei-shuji-zhua-jiceng-dangjian-shuzhi: a professor and a former head of publicity.
    expect(found('20xx年邀请县委党校xxx教授、原市委宣传部长xxx等专家作专题辅导')).toEqual([
      ['20xx', 'year'],
      ['xxx', 'person', '教授'],
      ['xxx', 'person', '宣传部长'],
    ]);
    expect(found('：xx。', { before: '总负责人' })).toEqual([['xx', 'person']]);
    expect(found('xx。', { field: 'person' })).toEqual([['xx', 'person']]);
  });

  it('tells a date in the narrative from a deadline', () => {
    // cun-dangzhibu-shuji-zhua-dangjian-gongzuo-huibao: past months of a known year.
    expect(found('在2020年x月份，修理机井，更换电机，更换管道。')).toEqual([['x月', 'date']]);
    expect(found('2020年x月份，村自来水电机和管道坏了')).toEqual([['x月', 'date']]);
    // shichang-jianguanju-dangjian-xianzhuang-diaoyan: an election held in the past.
    expect(found('党支部****年x月换届，选举支部书记x人')).toEqual([
      ['****年x月', 'date'],
      ['x', 'number'],
    ]);
    expect(found('机关党委于x年x月批准成立了退休干部党支部')).toEqual([['x年x月', 'date']]);
    expect(found('x月x日召开')).toEqual([['x月x日', 'date']]);
    // Deadlines: a 前, a 完成 after it, or a time-limit field.
    expect(found('预计在**月底前完成')).toEqual([['**月底前', 'deadline']]);
    expect(found('20xx年x月底前')).toEqual([['20xx年x月底前', 'deadline']]);
    expect(found('**年**月', { field: 'deadline' })).toEqual([['**年**月', 'deadline']]);
  });

  it('takes a document number whole, and leaves a blank it cannot name as a blank of its own', () => {
    expect(found('（×组通〔2020〕×号）文件要求')).toEqual([['×组通〔2020〕×号', 'docNumber']]);
    expect(found('2月份，×对各基层党组织“三会一课”记录进行了检查')).toEqual([['×', 'other']]);
  });

  it('gives people by role their own fill keys, and own kinds none', () => {
    const keys = findPlaceholders('党委书记×、党委副书记×、xx同志、x名、x月x日').map((m) => m.key);
    expect(keys).toEqual(['person:党委书记', 'person:党委副书记', 'person', undefined, undefined]);
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
  it('fills shared placeholders and keeps the surrounding words', () => {
    expect(fillPlaceholders('XX单位召开会议，×党委主持，中共×区委组织部参加', values)).toBe('红星社区召开会议，红星社区党委主持，中共海淀区委组织部参加');
    expect(fillPlaceholders('20xx年，xx党支部在**月底前完成', values)).toBe('2025年，红星社区第一党支部在2025年6月底前完成');
  });

  it('never writes the deadline into a past date', () => {
    expect(fillPlaceholders('在2020年x月份，修理机井', values)).toBe('在2020年x月份，修理机井');
    expect(fillPlaceholders('党支部****年x月换届', values)).toBe('党支部****年x月换届');
  });

  it('gives each role its own name and no role the plain 负责人 name', () => {
    const people = { ...values, 'person:党委书记': '张建国', 'person:党委副书记': '李明' };
    expect(fillPlaceholders('明确党委书记×为整改工作第一责任人，具体由党委副书记×抓好', people)).toBe('明确党委书记张建国为整改工作第一责任人，具体由党委副书记李明抓好');
    expect(fillPlaceholders('县委党校xxx教授、原市委宣传部长xxx', people)).toBe('县委党校xxx教授、原市委宣传部长xxx');
  });

  it('fills a document number whole and lists what stays unfilled', () => {
    expect(fillPlaceholders('（×组通〔2020〕×号）', { docNumber: '海组通〔2025〕3号' })).toBe('（海组通〔2025〕3号）');
    expect(unfilledPlaceholders('×党委在2月份，×对各基层党组织培养x名', { unit: '红星社区' }).map((m) => m.text)).toEqual(['×', 'x']);
  });

  it('leaves numbers, dates and placeholders without a value as they are', () => {
    expect(fillPlaceholders('培养积极分子x名，x月x日召开', values)).toBe('培养积极分子x名，x月x日召开');
    expect(fillPlaceholders('XX单位的某某', { unit: '  ' })).toBe('XX单位的某某');
    expect(fillPlaceholders('XX单位的某某', { person: '李四' })).toBe('XX单位的李四');
  });

  it('treats a bare placeholder as the field it stands in when told', () => {
    expect(fillPlaceholders('xx。', values)).toBe('xx。');
    expect(fillPlaceholders('xx。', values, { field: 'person' })).toBe('张三。');
  });

  it('keeps only known, non-empty stored values', () => {
    expect(cleanFillValues({ unit: ' 红星社区 ', year: '', evil: 'x', person: 3, 'person:党委书记': '张建国' })).toEqual({ unit: '红星社区', 'person:党委书记': '张建国' });
    expect(cleanFillValues('nonsense')).toEqual({});
    expect(cleanFillValues(null)).toEqual({});
  });
});
