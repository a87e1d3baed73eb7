// The 文书范本 import: the repairs of the handbook's converter damage, the checks on the editorial
// record, and the shipped content/documents/*.mdx reproduced byte for byte from the handbook.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRecord, repairLine, templateText, type DocumentRecord } from '../../../scripts/lib/import/document-record';
import { HANDBOOK_2025_TEMPLATES } from '../../../scripts/sources/handbook-2025-templates';

const HANDBOOK = readFileSync('../shared/sources/policies/gznu-zuzhi-fazhan-shouce-2025.md', 'utf8');

describe('repairs of the converter damage', () => {
  it('drops spaces inside Chinese text and around X marks', () => {
    expect(repairLine('XX 党支部于 X 年 X 月 X 日召开支委会（或支部会议）讨 论').text).toBe('XX党支部于X年X月X日召开支委会（或支部会议）讨论');
  });
  it('keeps a space that separates two fields on one line', () => {
    expect(repairLine('支部名称：XX 学院(单位)XXX 支部 支部书记签名：XXX（亲笔签名）').text).toBe('支部名称：XX学院(单位)XXX支部 支部书记签名：XXX（亲笔签名）');
  });
  it('marks a bare 「年 月 日」 as a blank date, but not 「X 年 X 月 X 日」', () => {
    expect(repairLine('现予以公示，公示时间从年 月 日至年 月 日。').text).toBe('现予以公示，公示时间从＿＿年＿＿月＿＿日至＿＿年＿＿月＿＿日。');
    expect(repairLine('中共 XX 委员会(盖章) 年 月 日').text).toBe('中共XX委员会(盖章) ＿＿年＿＿月＿＿日');
    expect(repairLine('经党委 X 年 X 月 X 日研究').text).toBe('经党委X年X月X日研究');
  });
  it('marks empty form fields and splits 联系方式 off the sentence before it', () => {
    expect(repairLine('会议时间: 会议地点:').text).toBe('会议时间：＿＿＿＿ 会议地点：＿＿＿＿');
    expect(repairLine('如有不同意见，请于公示期内，及时向我处反映。 联系方式：').text).toBe('如有不同意见，请于公示期内，及时向我处反映。\n联系方式：＿＿＿＿');
    expect(repairLine('会议主持人: 会议记录人: 会议主要议题：讨论确定 XX 等同志').text).toBe('会议主持人：＿＿＿＿ 会议记录人：＿＿＿＿\n会议主要议题：讨论确定XX等同志');
  });
  it('removes the heading marks the converter added', () => {
    expect(repairLine('### 一、X 年级 X 专业')).toEqual({ text: '一、X年级X专业', applied: ['headings', 'spaces'] });
  });
});

describe('the editorial record', () => {
  const lines = HANDBOOK.split('\n');
  it('fails with the line when an edit no longer finds its text', () => {
    const entry = { ...HANDBOOK_2025_TEMPLATES.entries.find((e) => e.id === 'shenpi-yubei-dangyuan-qingshi')!, edits: [{ line: 1353, find: '不在这一行', replace: '', why: '' }] };
    expect(() => templateText(entry, lines, 'h.md')).toThrow(/第 1353 行找不到「不在这一行」/);
  });
  it('refuses a line claimed by two templates', () => {
    const record: DocumentRecord = { ...HANDBOOK_2025_TEMPLATES, dropped: [...HANDBOOK_2025_TEMPLATES.dropped, { lines: 1120, reason: 'test' }] };
    expect(() => importRecord(record, HANDBOOK)).toThrow(/第 1120 行同时属于「jiji-fenzi-gongshi」和「dropped: test」/);
  });
  it('accounts for every line of the appendix, 1073–1588', () => {
    const owned = new Set<number>();
    for (const e of HANDBOOK_2025_TEMPLATES.entries) for (let n = e.lines[0]; n <= e.lines[1]; n++) owned.add(n);
    for (const d of HANDBOOK_2025_TEMPLATES.dropped) {
      const [from, to] = typeof d.lines === 'number' ? [d.lines, d.lines] : d.lines;
      for (let n = from; n <= to; n++) owned.add(n);
    }
    const missing = [];
    for (let n = 1073; n <= 1588; n++) if (!owned.has(n) && lines[n - 1]!.trim()) missing.push(n);
    expect(missing).toEqual([]);
  });
});

describe('the shipped 文书范本', () => {
  it('are reproduced byte for byte by the import', () => {
    const results = importRecord(HANDBOOK_2025_TEMPLATES, HANDBOOK);
    const shipped = readdirSync('content/documents').filter((f) => f.endsWith('.mdx')).sort();
    expect(results.map((r) => `${r.slug}.mdx`).sort()).toEqual(shipped);
    for (const r of results) expect(r.mdx, r.slug).toBe(readFileSync(`content/documents/${r.slug}.mdx`, 'utf8'));
  }, 60_000);
  it('keep every word of the source apart from the recorded repairs', () => {
    // Spaces and blanks aside, a template's text is the handbook's text of its lines (templates
    // with their own recorded edits are checked by the byte-for-byte test above).
    const squeeze = (text: string) => text.replace(/[\s＿#]/g, '').replace(/[:：]/g, '：').replace(/[()（）]/g, '');
    const lines = HANDBOOK.split('\n');
    const plain = HANDBOOK_2025_TEMPLATES.entries.filter((e) => !e.edits?.length && !e.join?.length);
    expect(plain.length).toBeGreaterThan(25);
    for (const entry of plain) {
      const { lines: body } = templateText(entry, lines, 'h.md');
      const source = squeeze(lines.slice(entry.lines[0] - 1 + (entry.titleLines ?? 1), entry.lines[1]).join(''));
      expect(squeeze(body.map((l) => l.text).join('')), entry.id).toBe(source);
    }
  });
});
