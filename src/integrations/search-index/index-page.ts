// What of a built page is searchable, and the rules for it: the searchable units (an entry's or
// topic's <article>; on the glossary, each term on its own), what is left out, what counts as a
// block. The indexer (page-records.ts) applies these rules in one streaming pass; the tree-based
// reading here (hast) is what the search bench computes its ground truth from, an independent
// view of the same pages.
import type { Element, Root } from 'hast';

/** Language the index is written in: one Pagefind neither segments nor stems. */
export const INDEX_LANGUAGE = 'und';

/** Selectors, in words, of what is left out of the index (also used for the bench's ground truth). */
export const EXCLUDED = ['nav', 'aside', 'script', 'style', 'template', 'noscript', 'button', '.kb-anchor', '[data-pagefind-ignore]', '[aria-hidden="true"]'];

/** Elements whose content is never indexed (with .kb-anchor, [data-pagefind-ignore], [aria-hidden="true"]). */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'script', 'style', 'template', 'noscript', 'button']);

/** Elements that are blocks of text: a match never crosses from one into another. */
export const BLOCKS: ReadonlySet<string> = new Set([
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
    EXCLUDED_TAGS.has(el.tagName) ||
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
