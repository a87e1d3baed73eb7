import { describe, expect, it } from 'vitest';
import { BOM, csvField, ledgerCsv } from '../../../src/lib/workbench/csv';
import { documentTitle, ledgerRows, oneLine } from '../../../src/lib/workbench/ledger';
import { emptyList, type ListDoc } from '../../../src/lib/workbench/list-store';

const doc: ListDoc = {
  ...emptyList(),
  items: [
    { id: 'a', problem: 'XX单位“三会一课”记录不及时,不规范', measures: '1. 严格落实制度\n2. 每季度调阅记录', owner: '', unit: '', deadline: '', status: 'doing', progress: '已建立台账', added: '' },
    { id: 'b', problem: '=党费收缴不及时', measures: '按月收缴', owner: '李四', unit: '', deadline: '3月底', status: 'done', progress: '', added: '' },
  ],
};
const values = { unit: '红星社区', person: '张三', deadline: '2025年6月底前' };

describe('ledger rows', () => {
  it('fill placeholders, use the panel owner and deadline as defaults and put the status in words', () => {
    const rows = ledgerRows(doc, values);
    expect(rows[0]).toEqual({
      index: 1,
      problem: '红星社区“三会一课”记录不及时，不规范',
      measures: ['严格落实制度', '每季度调阅记录'],
      owner: '张三',
      unit: '',
      deadline: '2025年6月底前',
      progress: '整改中：已建立台账',
    });
    expect(rows[1]).toMatchObject({ owner: '李四', unit: '', deadline: '3月底', progress: '已完成' });
  });

  it('joins a multi-line owner into one line', () => {
    expect(oneLine('xx。\n各党支部')).toBe('xx。各党支部');
    expect(oneLine('张三\n\n李四 ')).toBe('张三，李四');
  });

  it('titles the document after the unit unless the list has its own title', () => {
    expect(documentTitle(doc, 'ledger', values)).toBe('红星社区党建工作问题整改台账');
    expect(documentTitle(doc, 'plan')).toBe('党建工作问题整改方案');
    expect(documentTitle({ ...doc, title: 'XX单位巡察整改方案' }, 'plan', values)).toBe('红星社区巡察整改方案');
  });
});

describe('CSV', () => {
  it('starts with the UTF-8 BOM, uses CRLF and the ledger columns', () => {
    const csv = ledgerCsv(ledgerRows(doc, values));
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,问题,整改措施,责任人,责任单位,完成时限,整改情况');
    expect(lines[1]).toBe('1,红星社区“三会一课”记录不及时，不规范,"1. 严格落实制度\n2. 每季度调阅记录",张三,,2025年6月底前,整改中：已建立台账');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas and quotes, and defuses formula-like cells', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(ledgerCsv(ledgerRows(doc))).toContain("'=党费收缴不及时");
  });
});
