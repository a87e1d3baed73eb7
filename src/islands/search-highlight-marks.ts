// Entry pages opened from a search result (?highlight=…) mark every occurrence of the query's
// terms in the entry, in either script (the same per-character fold as the index), and bring
// the first one into view unless the link points at an anchor. Loads the fold table only then.
import { loadFolder } from '../search/files';
import { matchKey, parseQuery } from '../search/text';

const MAX_MARKS = 500;
const SKIP = 'script, style, mark, .kb-anchor, nav, button, [aria-hidden="true"]';

interface Char {
  node: Text;
  offset: number;
  length: number;
  key: string;
}

/** Marks every occurrence of the query's terms in the entry and scrolls to the first one. */
export async function highlight(query: string) {
  const root = document.querySelector<HTMLElement>('article[data-kb-entry]');
  if (!root) return;
  const folder = await loadFolder(import.meta.env.BASE_URL);
  const runs = [...new Set(parseQuery(query, folder).flatMap((term) => term.runs))].map((run) => [...run].map(matchKey));
  if (!runs.length) return;
  // Characters in document order; a null entry marks a block boundary matches must not cross.
  const chars: (Char | null)[] = [];
  let lastBlock: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, section, div, blockquote') ?? null;
    if (block !== lastBlock) chars.push(null);
    lastBlock = block;
    let offset = 0;
    for (const char of node.data) {
      if (!/\s/u.test(char)) chars.push({ node, offset, length: char.length, key: matchKey(folder.fold(char.normalize('NFKC'))) });
      offset += char.length;
    }
  }
  const segments: { node: Text; start: number; end: number }[] = [];
  for (let i = 0; i < chars.length && segments.length < MAX_MARKS; i++) {
    for (const run of runs) {
      if (!run.every((key, j) => chars[i + j]?.key === key)) continue;
      for (let j = 0; j < run.length; j++) {
        const c = chars[i + j] as Char;
        const last = segments.at(-1);
        if (last && last.node === c.node && last.end === c.offset) last.end = c.offset + c.length;
        else segments.push({ node: c.node, start: c.offset, end: c.offset + c.length });
      }
      break;
    }
  }
  // Wrap from the end so earlier offsets stay valid.
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of segments.reverse()) {
    if (end < node.length) node.splitText(end);
    const middle = start > 0 ? node.splitText(start) : node;
    const mark = document.createElement('mark');
    mark.className = 'kb-hit';
    middle.replaceWith(mark);
    mark.append(middle);
    marks.unshift(mark);
  }
  document.documentElement.dataset['kbHighlighted'] = String(marks.length);
  if (!location.hash && marks[0]) marks[0].scrollIntoView({ block: 'center' });
}
