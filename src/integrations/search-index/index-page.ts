// Turns one built entry page into the HTML the search index is made from: the indexable part
// of the page (the entry's <article>, without navigation), every block's text replaced by the
// tokens of src/search/text.ts, anchors kept (headings, template items, policy articles) so
// Pagefind reports where each match sits, and the page's search filters and metadata.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { BREAK_TOKEN, indexTokens, titleTokens, type Folder } from '../../search/text';

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

/** The part of a built page that is searchable: the entry <article>, if the page is indexed at all. */
export function indexableRoot(tree: Root): Element | undefined {
  if (!findElement(tree, (el) => el.properties['dataPagefindBody'] !== undefined)) return undefined;
  return findElement(tree, (el) => el.tagName === 'article' && el.properties['dataKbEntry'] !== undefined);
}

/** Search data of one page. */
export interface SearchPage {
  /** Original title, e.g. "党建工作存在的问题清单100条". */
  title: string;
  /** HTML to give Pagefind's addHTMLFile. */
  html: string;
}

type Piece = string | { anchor: string };

/**
 * Builds the index HTML of a built page, or undefined when the page is not searchable
 * (listings, search page, 404: no data-pagefind-body).
 */
export function searchPageFromHtml(source: string, folder: Folder): SearchPage | undefined {
  const tree = fromHtml(source);
  const root = indexableRoot(tree);
  if (!root) return undefined;
  const heading = findElement(root, (el) => el.tagName === 'h1');
  const title = heading ? textOf(heading).trim() : '';

  const transform = (el: Element, inBody: boolean): Element => {
    const body = inBody || el.properties['dataKbBody'] !== undefined;
    const id = typeof el.properties['id'] === 'string' && body ? el.properties['id'] : undefined;
    const out = h(el.tagName === 'article' ? 'div' : el.tagName, id ? { id } : {});
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
        else if (BLOCKS.has(node.tagName)) {
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

  const content = transform(root, false);
  const h1 = findElement(content, (el) => el.tagName === 'h1');
  if (h1) Object.assign(h1.properties, { dataPagefindMeta: 'title[content]', content: title });
  // Filters and metadata the page declares in <head> (src/components/search/SearchMeta.astro).
  const declared = allElements(tree, (el) => el.tagName === 'meta' && (el.properties['dataPagefindFilter'] !== undefined || el.properties['dataPagefindMeta'] !== undefined));
  const carriers = declared.map((el) =>
    h('span', {
      dataPagefindFilter: el.properties['dataPagefindFilter'] as string | undefined,
      dataPagefindMeta: el.properties['dataPagefindMeta'] as string | undefined,
      content: String(el.properties['content'] ?? ''),
    }),
  );
  const titleWords = titleTokens(title, folder);
  const page = h('html', { lang: INDEX_LANGUAGE }, [
    h('head', [h('title', title)]),
    h('body', [h('main', { dataPagefindBody: '' }, [content, ...carriers, h('p', titleWords.join(' '))])]),
  ]);
  return { title, html: '<!doctype html>' + toHtml(page) };
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
