import { describe, expect, it } from 'vitest';
import { fieldPairs, layoutMeeting, layoutRegister, layoutText } from '../../../src/lib/procedure/document-layout';

describe('文书 laid out as an official document', () => {
  it('puts the addressee flush left and the unit and date at the end as the closing', () => {
    const blocks = layoutText(['XX党委：', '根据发展党员有关工作规定，……请审查。', '支部名称：XX学院（单位）XXX支部', '＿＿年＿＿月＿＿日']);
    expect(blocks.map((b) => b.kind)).toEqual(['addressee', 'body', 'closing', 'closing']);
  });
  it('keeps 联系方式 in the body and takes a filled date as the closing date', () => {
    const blocks = layoutText(['XX党支部于X年X月X日召开支委会……', '一、2023级汉语言文学专业', '张三、李四', '联系方式：0851-1234567', '文学院党支部', '2025年6月1日']);
    expect(blocks.map((b) => b.kind)).toEqual(['body', 'heading', 'body', 'body', 'closing', 'closing']);
  });
  it('reads form fields, two to a line', () => {
    expect(fieldPairs('会议时间：＿＿＿＿ 会议地点：三楼会议室')).toEqual([['会议时间', '＿＿＿＿'], ['会议地点', '三楼会议室']]);
    expect(fieldPairs('一、主持人：说明召开支委会的主要内容')).toEqual([]);
  });
  it('makes a 会议记录 a table: header fields as rows, the record in one wide cell, the signature below', () => {
    const blocks = layoutMeeting(
      ['会议时间：＿＿＿＿ 会议地点：＿＿＿＿', '参会人签名：＿＿＿＿', '会议主要议题：讨论确定XX等同志为发展对象相关事宜。', '1.XXX同志', '①党支部书记介绍……', '支部名称：XX学院（单位）XXX支部 支部书记签名：XXX（亲笔签名）', '＿＿年＿＿月＿＿日'],
      '会议记录',
    );
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          { pairs: [['会议时间', '＿＿＿＿'], ['会议地点', '＿＿＿＿']] },
          { label: '参会人签名', lines: ['＿＿＿＿'] },
          { label: '会议主要议题', lines: ['讨论确定XX等同志为发展对象相关事宜。'] },
          { label: '会议记录', lines: ['1.XXX同志', '①党支部书记介绍……'], tall: true },
        ],
      },
      { kind: 'closing', text: '支部名称：XX学院（单位）XXX支部 支部书记签名：XXX（亲笔签名）' },
      { kind: 'closing', text: '＿＿年＿＿月＿＿日' },
    ]);
  });
  it('makes a 考察登记表 a table of its cover fields and the sections the handbook names', () => {
    const blocks = layoutRegister(['（样表）', '单位 ××××', '支部 ××支部', '姓名与身份证一致', '说明', '一、入党申请人被确定为入党积极分子后，即由所在支部填写本表。', '个人基本情况', '入党积极分子阶段']);
    expect(blocks[0]).toEqual({
      kind: 'table',
      rows: [
        { pairs: [['单位', '××××']] },
        { pairs: [['支部', '××支部']] },
        { pairs: [['姓名', '与身份证一致']] },
        { label: '个人基本情况', lines: [''], tall: true },
        { label: '入党积极分子阶段', lines: [''], tall: true },
      ],
    });
  });
});
