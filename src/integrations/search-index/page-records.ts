// Turns one built page into the records the search index is made from, in one streaming pass
// (htmlparser2) that writes the records' HTML as it reads: the searchable part of the page (an
// entry's or topic's <article>, without navigation; on the glossary, each term on its own),
// every block's text replaced by the tokens of src/search/text.ts, anchors kept (headings,
// template items, policy articles) so Pagefind reports where each match sits, and the page's
// search filters and metadata. Building a full tree of every page and printing it again cost
// more than Pagefind's own indexing; the tree-based reading in index-page.ts stays as the
// bench's independent view of the same pages.
import { Parser } from 'htmlparser2';
import { definesToken, indexTokens, titleTokens, type Folder } from '../../search/text';
import { BLOCKS, EXCLUDED_TAGS, INDEX_LANGUAGE, type SearchRecord } from './index-page';

/** The attribute that marks a page's searchable part; pages without it yield no records. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

type Attributes = Record<string, string>;
type Piece = string | { anchor: string };

/** Whether an element and its content are left out of the index (index-page.ts EXCLUDED). */
function excluded(name: string, attrs: Attributes): boolean {
  return (
    EXCLUDED_TAGS.has(name) ||
    (attrs['class'] ?? '').split(/\s+/).includes('kb-anchor') ||
    attrs['data-pagefind-ignore'] !== undefined ||
    attrs['aria-hidden'] === 'true'
  );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One searchable unit being written. */
interface Unit {
  /** Anchor of the unit within the page, "" for the whole page. */
  anchor: string;
  /** Whether all of it counts as body (glossary terms: anchors inside are kept). */
  allBody: boolean;
  defines: string[];
  /** Index of the unit's root element in the element stack. */
  depth: number;
  /** The unit's heading: the element name to look for, then its depth once found, then done. */
  headingTag: string;
  headingDepth: number;
  headingDone: boolean;
  title: string;
  /** Output chunks; `titleSlot` is filled with the heading's attributes at the end. */
  out: string[];
  titleSlot: number;
  pieces: Piece[];
}

/** An open element. */
interface Frame {
  name: string;
  excluded: boolean;
  /** Whether ids inside it are kept (inside data-kb-body, or a glossary term). */
  body: boolean;
  /** Output tag written for it ("" when it writes none: inline elements). */
  tag: string;
}

/**
 * The index records of a built page at `url` (site-relative, e.g. "/templates/x/"): one per
 * searchable unit, none when the page carries no data-pagefind-body.
 */
export function searchRecords(source: string, url: string, folder: Folder): SearchRecord[] {
  let hasBody = false;
  const carriers: { filter: string | undefined; meta: string | undefined; content: string }[] = [];
  const finished: { unit: Unit; html: string }[] = [];
  const stack: Frame[] = [];
  let glossaryDepth = -1;
  let unit: Unit | undefined;

  const flush = () => {
    if (!unit) return;
    const target = unit;
    let text = '';
    const emit = () => {
      const tokens = indexTokens(text.replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n').trim(), folder);
      if (tokens.length) target.out.push(` ${escapeText(tokens.join(' '))} `);
      text = '';
    };
    for (const piece of target.pieces) {
      if (typeof piece === 'string') text += piece;
      else {
        emit();
        target.out.push(`<span id="${escapeAttr(piece.anchor)}"></span>`);
      }
    }
    emit();
    target.pieces = [];
  };

  const startUnit = (anchor: string, allBody: boolean, defines: string[], headingTag: string) => {
    unit = { anchor, allBody, defines, depth: stack.length - 1, headingTag, headingDepth: -1, headingDone: false, title: '', out: [], titleSlot: -1, pieces: [] };
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack.at(-1);
        const frame: Frame = { name, excluded: (parent?.excluded ?? false) || excluded(name, attrs), body: parent?.body ?? false, tag: '' };
        if (attrs[BODY_ATTRIBUTE] !== undefined) hasBody = true;
        if (name === 'meta' && (attrs['data-pagefind-filter'] !== undefined || attrs['data-pagefind-meta'] !== undefined)) {
          carriers.push({ filter: attrs['data-pagefind-filter'], meta: attrs['data-pagefind-meta'], content: attrs['content'] ?? '' });
        }
        if (!unit && !frame.excluded) {
          if (attrs['data-kb-glossary'] !== undefined) glossaryDepth = stack.length;
          if (glossaryDepth >= 0 && attrs['data-kb-glossary-item'] !== undefined) {
            stack.push(frame);
            startUnit('', true, (attrs['data-kb-forms'] ?? '').split('|').filter(Boolean), 'dt');
            frame.body = true;
            frame.tag = 'div';
            unit!.out.push('<div>');
            return;
          }
          if (glossaryDepth < 0 && name === 'article' && attrs['data-kb-entry'] !== undefined) {
            stack.push(frame);
            startUnit('', false, [], 'h1');
            frame.tag = 'div';
            unit!.out.push('<div>');
            return;
          }
        }
        stack.push(frame);
        if (!unit || frame.excluded) return;
        const isHeading = !unit.headingDone && unit.headingDepth < 0 && name === unit.headingTag;
        if (isHeading && unit.allBody && !unit.anchor && attrs['id']) unit.anchor = attrs['id'];
        // A heading's own text is collected for the title (textOf in index-page.ts).
        if (unit.headingDepth >= 0 && name === 'br') unit.title += '\n';
        else if (unit.headingDepth >= 0 && BLOCKS.has(name)) unit.title += '\n';
        if (attrs['data-kb-body'] !== undefined && BLOCKS.has(name)) frame.body = true;
        if (BLOCKS.has(name) || isHeading) {
          flush();
          const tag = isHeading ? 'h1' : name;
          const id = !isHeading && frame.body && attrs['id'] !== undefined ? attrs['id'] : undefined;
          if (isHeading) {
            unit.headingDepth = stack.length;
            unit.titleSlot = unit.out.length;
            unit.out.push('<h1>');
          } else unit.out.push(id === undefined ? `<${tag}>` : `<${tag} id="${escapeAttr(id)}">`);
          frame.tag = tag;
        } else if (name === 'br') unit.pieces.push('\n');
        else if (parent?.body && attrs['id'] !== undefined) unit.pieces.push({ anchor: attrs['id'] });
      },
      ontext(text) {
        const frame = stack.at(-1);
        if (!unit || frame?.excluded) return;
        unit.pieces.push(text.replace(/\s+/g, ' '));
        if (unit.headingDepth >= 0) unit.title += text;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame) return;
        if (stack.length <= glossaryDepth) glossaryDepth = -1;
        if (!unit || frame.excluded) return;
        if (unit.headingDepth >= 0 && BLOCKS.has(frame.name) && stack.length >= unit.headingDepth) unit.title += '\n';
        if (frame.tag) {
          flush();
          unit.out.push(`</${frame.tag}>`);
        }
        if (unit.headingDepth === stack.length + 1) {
          unit.headingDepth = -1;
          unit.headingDone = true;
        }
        if (stack.length === unit.depth) {
          finished.push({ unit, html: unit.out.join('') });
          unit = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  if (!hasBody) return [];

  const carrierHtml = carriers
    .map((c) => `<span${c.filter === undefined ? '' : ` data-pagefind-filter="${escapeAttr(c.filter)}"`}${c.meta === undefined ? '' : ` data-pagefind-meta="${escapeAttr(c.meta)}"`} content="${escapeAttr(c.content)}"></span>`)
    .join('');
  const collection = carriers.find((c) => c.meta === 'collection[content]')?.content ?? '';
  return finished
    .filter(({ unit: u }) => !u.allBody || u.anchor)
    .map(({ unit: u }) => {
      const title = u.title.trim();
      const out = [...u.out];
      if (u.titleSlot >= 0) out[u.titleSlot] = `<h1 data-pagefind-meta="title[content]" content="${escapeAttr(title)}">`;
      const titleWords = [...titleTokens(title, folder), ...u.defines.map((form) => definesToken(form, folder))];
      const html =
        `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title>${escapeText(title)}</title></head><body><main data-pagefind-body>` +
        `${out.join('')}${carrierHtml}<p>${escapeText(titleWords.join(' '))}</p></main></body></html>`;
      return { url: u.anchor ? `${url}#${u.anchor}` : url, title, collection, defines: u.defines, html };
    });
}
