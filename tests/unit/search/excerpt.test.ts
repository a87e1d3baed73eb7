import { describe, expect, it } from 'vitest';
import { excerpt, hitDetails, type PageFragment } from '../../../src/search/excerpt';
import { buildFoldTable } from '../../../src/search/fold-map';
import { createFolder, decodeContent, indexTokens, parseQuery } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());
const tokens = (...blocks: string[]) => blocks.flatMap((b) => indexTokens(b, folder)).join(' ');
const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

/** A fragment as Pagefind returns it: content is the indexed tokens; anchors by token position. */
function fragment(blocks: string[], anchors: { id: string; element: string; block: number; text?: string }[]): PageFragment {
  const starts: number[] = [];
  const all: string[] = [];
  for (const block of blocks) {
    starts.push(all.length);
    all.push(...indexTokens(block, folder));
  }
  return {
    url: '/t/',
    content: all.join(' '),
    meta: { title: blocks[0] ?? '', collection: 'templates', sub: '组织生活会' },
    filters: {},
    anchors: anchors.map((a) => ({ id: a.id, element: a.element, text: a.text ?? '', location: starts[a.block] ?? 0 })),
  };
}

describe('excerpt', () => {
  it('stays inside the paragraph of the match, marks every match and shows the original script', () => {
    const list = decodeContent(tokens('标题', '第一段黨費。', '要求按时交纳党费，党费不得挪用。'), folder);
    const ranges: [number, number][] = [];
    for (let i = 0; i < list.length; i++) if (list.folded(i) === '党' && list.folded(i + 1) === '费') ranges.push([i, i + 2]);
    expect(text(excerpt(list, ranges, ranges[1]?.[0] ?? 0))).toBe('要求按时交纳[党费]，[党费]不得挪用。');
    expect(text(excerpt(list, ranges, ranges[0]?.[0] ?? 0))).toBe('第一段[黨費]。');
  });
  it('keeps the punctuation that opens and closes the paragraph', () => {
    const list = decodeContent(tokens('前言。', '“党费要按时交。”'), folder);
    const at = list.all().findIndex((t) => t.folded === '党');
    expect(text(excerpt(list, [[at, at + 2]], at))).toBe('“[党费]要按时交。”');
  });
  it('cuts long paragraphs with ellipses', () => {
    const long = '甲'.repeat(60) + '党费' + '乙'.repeat(150);
    const list = decodeContent(tokens(long), folder);
    const out = text(excerpt(list, [[60, 62]], 60));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[党费]');
  });
});

describe('hitDetails', () => {
  it('takes the excerpt after the title and groups matches under their anchors', () => {
    const frag = fragment(['党费管理办法', '一、党费的收缴', '每月交纳党费。', '二、其他', '无关内容。'], [
      { id: 'a1', element: 'h2', block: 1, text: indexTokens('一、党费的收缴', folder).join(' ') },
      { id: 'a2', element: 'h2', block: 3, text: indexTokens('二、其他', folder).join(' ') },
    ]);
    const details = hitDetails(frag, parseQuery('党费', folder), folder);
    expect(details.title).toBe('党费管理办法');
    expect(details.collection).toBe('templates');
    expect(text(details.excerpt)).toBe('一、[党费]的收缴');
    expect(details.subResults.map((s) => [s.id, s.title, text(s.excerpt)])).toEqual([['a1', '一、党费的收缴', '每月交纳[党费]。']]);
  });
  it('shows a glossary term its definition, even when the match is elsewhere', () => {
    const frag = fragment(['三会一课', '党支部定期召开支部党员大会和党课的制度。', '又称：三会一课制度'], []);
    frag.meta['collection'] = 'glossary';
    const details = hitDetails(frag, parseQuery('三会一课制度', folder), folder);
    expect(text(details.excerpt)).toBe('党支部定期召开支部党员大会和党课的制度。');
  });
  it('never shows the same line twice in one result', () => {
    // A template: items whose first line is their problem, each with a measures label.
    const frag = fragment(
      ['党费问题清单', '问题：党费收缴不及时。', '整改措施：', '按月收缴党费。', '问题：党费使用不规范。', '整改措施：', '党费专款专用。'],
      [
        { id: 'item-1', element: 'section', block: 1 },
        { id: 'item-2', element: 'section', block: 4 },
      ],
    );
    for (const query of ['党费', '整改措施', '党费 整改措施']) {
      const details = hitDetails(frag, parseQuery(query, folder), folder);
      const lines = [text(details.excerpt), ...details.subResults.flatMap((s) => [s.title, text(s.excerpt)])]
        .map((line) => line.replace(/[\[\]…]/g, '').trim())
        .filter(Boolean);
      for (const [i, line] of lines.entries()) {
        for (const other of lines.slice(i + 1)) {
          expect(other.includes(line) || line.includes(other), `${query}: 「${line}」 and 「${other}」`).toBe(false);
        }
      }
    }
  });
  it('still shows each item that matches, by its number when its line is shown already', () => {
    const frag = fragment(['清单', '问题：党费收缴不及时。', '问题：党费使用不规范。'], [
      { id: 'item-1', element: 'section', block: 1 },
      { id: 'item-2', element: 'section', block: 2 },
    ]);
    const details = hitDetails(frag, parseQuery('党费', folder), folder);
    expect(text(details.excerpt)).toBe('问题：[党费]收缴不及时。');
    expect(details.subResults.map((s) => [s.id, s.title, text(s.excerpt)])).toEqual([
      ['item-1', '', ''],
      ['item-2', '', '问题：[党费]使用不规范。'],
    ]);
  });
});
