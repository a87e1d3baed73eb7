// Turns one built page into the records the search index is made from: the searchable part of
// the page (an entry's or topic's <article>, without navigation; on the glossary, each term on
// its own), every block's text replaced by the tokens of src/search/text.ts, anchors kept
// (headings, template items, policy articles) so Pagefind reports where each match sits, and
// the page's search filters and metadata.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { BREAK_TOKEN, definesToken, indexTokens, titleTokens, type Folder } from '../../search/text';

/** Language the index is written in: one Pagefind neither segments nor stems. */
export const INDEX_LANGUAGE = 'und';

/** Selectors, in words, of what is left out of the index (also used for the bench's ground truth). */
export const EXCLUDED = ['nav', 'aside', 'script', 'style', 'template', 'noscript', 'button', '.kb-anchor', '[data-pagefind-ignore]', '[aria-hidden="true"]'];

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function classes(el: Element): string[] {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Whether an element is left out of the index; see {@link EXCLUDED}. */
export function isExcluded(el: Element): boolean {
  return (
    ['nav', 'aside', 'script', 'style', 'template', 'noscript', 'button'].includes(el.tagName) ||
    classes(el).includes('kb-anchor') ||
    el.properties['dataPagefindIgnore'] !== undefined ||
    el.properties['ariaHidden'] === 'true'
  );
}

/** Depth-first search for the first element matching `test`. */
export function findElement(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

function allElements(node: Root | Element, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) out.push(child);
    allElements(child, test, out);
  }
  return out;
}

/** One searchable unit of a built page: the page itself, or one glossary term of the glossary page. */
export interface SearchUnit {
  /** Anchor of the unit within the page ("term-san-hui-yi-ke"), or "" for the whole page. */
  anchor: string;
  /** The element whose text is the unit's content. */
  root: Element;
  /** The unit's title element (h1 of an entry, dt of a glossary term). */
  heading: Element | undefined;
  /** Forms the unit defines (a glossary term and its aliases), e.g. ["三会一课", "三会一课制度"]. */
  defines: string[];
}

/**
 * The searchable units of a built page; none when the page carries no data-pagefind-body
 * (listings, search page, 404). Entry and topic pages: their <article data-kb-entry>. The
 * glossary: one unit per term ([data-kb-glossary-item]: its <dt> is the title, its <dd> the text).
 */
export function searchUnits(tree: Root): SearchUnit[] {
  if (!findElement(tree, (el) => el.properties['dataPagefindBody'] !== undefined)) return [];
  const glossary = findElement(tree, (el) => el.properties['dataKbGlossary'] !== undefined);
  if (glossary) {
    return allElements(glossary, (el) => el.properties['dataKbGlossaryItem'] !== undefined).flatMap((item) => {
      const dt = findElement(item, (el) => el.tagName === 'dt');
      const id = dt?.properties['id'];
      const forms = String(item.properties['dataKbForms'] ?? '').split('|').filter(Boolean);
      return typeof id === 'string' ? [{ anchor: id, root: item, heading: dt, defines: forms }] : [];
    });
  }
  const article = findElement(tree, (el) => el.tagName === 'article' && el.properties['dataKbEntry'] !== undefined);
  return article ? [{ anchor: '', root: article, heading: findElement(article, (el) => el.tagName === 'h1'), defines: [] }] : [];
}

/** Search data of one unit. */
export interface SearchRecord {
  /** Site-relative URL, with the unit's anchor, e.g. "/glossary/#term-dang-fei". */
  url: string;
  /** Original title, e.g. "党建工作存在的问题清单100条". */
  title: string;
  /** Collection id the page declares (SearchMeta.astro), e.g. "templates", "topics", "glossary". */
  collection: string;
  /** Forms a glossary term's record defines (its term and aliases); [] otherwise. */
  defines: string[];
  /** HTML to give Pagefind's addHTMLFile. */
  html: string;
}

type Piece = string | { anchor: string };

/**
 * The index records of a built page at `url` (site-relative, e.g. "/templates/x/"): one per
 * {@link SearchUnit}, each the unit's text as tokens in a small HTML document with the page's
 * filters and metadata; none when the page is not searchable.
 */
export function searchRecords(source: string, url: string, folder: Folder): SearchRecord[] {
  const tree = fromHtml(source);
  const units = searchUnits(tree);
  if (units.length === 0) return [];
  // Filters and metadata the page declares in <head> (src/components/search/SearchMeta.astro).
  const declared = allElements(tree, (el) => el.tagName === 'meta' && (el.properties['dataPagefindFilter'] !== undefined || el.properties['dataPagefindMeta'] !== undefined));
  const collection = String(declared.find((el) => el.properties['dataPagefindMeta'] === 'collection[content]')?.properties['content'] ?? '');
  const carriers = () =>
    declared.map((el) =>
      h('span', {
        dataPagefindFilter: el.properties['dataPagefindFilter'] as string | undefined,
        dataPagefindMeta: el.properties['dataPagefindMeta'] as string | undefined,
        content: String(el.properties['content'] ?? ''),
      }),
    );
  return units.map((unit) => {
    const title = unit.heading ? textOf(unit.heading).trim() : '';
    const content = transformUnit(unit, folder);
    const titleWords = [...titleTokens(title, folder), ...unit.defines.map((form) => definesToken(form, folder))];
    const page = h('html', { lang: INDEX_LANGUAGE }, [
      h('head', [h('title', title)]),
      h('body', [h('main', { dataPagefindBody: '' }, [content, ...carriers(), h('p', titleWords.join(' '))])]),
    ]);
    return { url: unit.anchor ? `${url}#${unit.anchor}` : url, title, collection, defines: unit.defines, html: '<!doctype html>' + toHtml(page) };
  });
}

/**
 * A unit's content as index HTML: every block's text replaced by its tokens, anchors kept as
 * empty elements at their token positions, the title as an h1 declaring the original title.
 */
function transformUnit(unit: SearchUnit, folder: Folder): Element {
  const transform = (el: Element, inBody: boolean): Element => {
    const body = inBody || el.properties['dataKbBody'] !== undefined;
    // Body anchors are kept; the title's own anchor (a glossary term's dt) is the record's URL.
    const id = typeof el.properties['id'] === 'string' && body && el !== unit.heading ? el.properties['id'] : undefined;
    const tag = el === unit.heading ? 'h1' : el.tagName === 'article' ? 'div' : el.tagName;
    const out = h(tag, id ? { id } : {});
    let pieces: Piece[] = [];
    const flush = (endOfBlock: boolean) => {
      let text = '';
      const emit = () => {
        const tokens = indexTokens(text.replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n').trim(), folder);
        if (!endOfBlock && tokens.at(-1) === BREAK_TOKEN) tokens.pop();
        if (tokens.length) out.children.push({ type: 'text', value: ` ${tokens.join(' ')} ` });
        text = '';
      };
      for (const piece of pieces) {
        if (typeof piece === 'string') text += piece;
        else {
          emit();
          out.children.push(h('span', { id: piece.anchor }));
        }
      }
      emit();
      pieces = [];
    };
    const inline = (nodes: (RootContent | ElementContent)[]) => {
      for (const node of nodes) {
        if (node.type === 'text') pieces.push(node.value.replace(/\s+/g, ' '));
        else if (node.type !== 'element' || isExcluded(node)) continue;
        else if (node.tagName === 'br') pieces.push('\n');
        else if (BLOCKS.has(node.tagName) || node === unit.heading) {
          flush(true);
          out.children.push(transform(node, body));
        } else {
          if (body && typeof node.properties['id'] === 'string') pieces.push({ anchor: node.properties['id'] });
          inline(node.children);
        }
      }
    };
    inline(el.children);
    flush(true);
    return out;
  };
  // A glossary term's text is all body: anchors inside it are kept.
  const content = transform(unit.root, unit.anchor !== '');
  const h1 = findElement(content, (el) => el.tagName === 'h1');
  if (h1) Object.assign(h1.properties, { dataPagefindMeta: 'title[content]', content: unit.heading ? textOf(unit.heading).trim() : '' });
  return content;
}

/** Plain text of an element, excluded parts left out, blocks separated by line breaks. */
export function textOf(node: Element | Root): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element' && !isExcluded(child)) {
      if (child.tagName === 'br') out += '\n';
      else if (BLOCKS.has(child.tagName)) out += `\n${textOf(child)}\n`;
      else out += textOf(child);
    }
  }
  return out;
}
