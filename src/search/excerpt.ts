// What a result shows, rebuilt from the page's indexed content: token i is character i
// (src/search/text.ts), so the excerpt, every match in it and the per-heading sub-results come
// out in the original script without an extra fetch (docs/search-notes.md, trap 10).
import { ContentTokens, decodeContent, findTerm, type Folder, type QueryTerm } from './text';

/** The parts of a Pagefind fragment (result.data()) this module reads. */
export interface PageFragment {
  url: string;
  /** Indexed tokens joined by spaces. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** A sub-result: a heading, template item or article of the page where terms occur. */
export interface SubResult {
  /** Anchor id, e.g. "item-3". */
  id: string;
  /** Heading text or a short start of the item, in the original script. */
  title: string;
  excerpt: ExcerptPart[];
}

/** A hit with its text loaded: what a result shows. */
export interface HitDetails {
  /** Page URL with the base path (Pagefind adds it), e.g. "/kb/templates/x/" or "/glossary/#term-dang-fei". */
  url: string;
  title: string;
  /** Collection id from the page's metadata, e.g. "templates"; "glossary" and "topics" for those. */
  collection: string;
  /** Subtitle, e.g. "组织生活会 · 组织建设". */
  sub: string;
  filters: Record<string, string[]>;
  excerpt: ExcerptPart[];
  subResults: SubResult[];
}

/** Characters of context before the focus of an excerpt. */
const EXCERPT_BEFORE = 24;
/** Characters of an excerpt at most (plus ellipses). */
const EXCERPT_LENGTH = 90;
/** Collection id of glossary terms' records (src/components/search/SearchMeta.astro). */
const GLOSSARY = 'glossary';
/** Anchors that the result list names by number: template items and policy articles. */
const NUMBERED = /^(item|art)-\d+$/;
/** Sub-results shown per result at most. */
const MAX_SUB_RESULTS = 5;

/** Token ranges [start, end) where any of `parts` occurs, in text order. */
export function matchRanges(tokens: ContentTokens, parts: readonly Pick<QueryTerm, 'runs' | 'separators'>[]): [number, number][] {
  return parts.flatMap((part) => findTerm(tokens, part.runs, part.separators)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** End of the block that starts at or after `from`: the next line break token. */
function blockEnd(tokens: ContentTokens, from: number): number {
  let i = from;
  while (i < tokens.length && !tokens.isBreak(i)) i++;
  return i;
}

/**
 * Builds what a result shows from its fragment: the page's excerpt around its first match
 * after the title, and up to five sub-results (the anchors before matches).
 */
export function hitDetails(fragment: PageFragment, parts: readonly Pick<QueryTerm, 'runs' | 'separators'>[], folder: Folder): HitDetails {
  const tokens = decodeContent(fragment.content, folder);
  const ranges = matchRanges(tokens, parts);
  const anchors = fragment.anchors.filter((a) => a.id).sort((a, b) => a.location - b.location);
  // Group matches by the anchor before them; within a group prefer a match in the text after
  // a heading over one in the heading itself, which the sub-result's title already shows.
  const groups = new Map<string, { anchor: (typeof anchors)[number]; ranges: [number, number][] }>();
  for (const range of ranges) {
    let anchor: (typeof anchors)[number] | undefined;
    for (const a of anchors) if (a.location <= range[0]) anchor = a;
    if (!anchor) continue;
    const group = groups.get(anchor.id);
    if (group) group.ranges.push(range);
    else groups.set(anchor.id, { anchor, ranges: [range] });
  }
  // The page's excerpt: the first match after the title block (the title is shown already);
  // a glossary term's is its definition, the paragraph after the title, matches or not.
  const titleEnd = blockEnd(tokens, 0);
  const main = fragment.meta['collection'] === GLOSSARY ? titleEnd + 1 : (ranges.find(([start]) => start > titleEnd) ?? ranges[0])?.[0];
  const mainExcerpt = main === undefined ? excerpt(tokens, [], 0) : excerpt(tokens, ranges, main);
  // No line twice in one result: every paragraph (and every text) shown is remembered, and a
  // sub-result shows another match of its own, or none; an item whose first line is shown
  // already goes by its number alone.
  const shownBlocks = new Set<number>([blockStart(tokens, main ?? 0)]);
  const shownTexts = new Set<string>([plain(mainExcerpt)]);
  const subResults = [...groups.values()].slice(0, MAX_SUB_RESULTS).map(({ anchor, ranges: own }) => {
    const isHeading = /^h[1-6]$/.test(anchor.element);
    const heading = isHeading ? blockEnd(tokens, anchor.location) : anchor.location;
    let shown: ExcerptPart[] = [];
    for (const [start] of own) {
      if (start <= heading || shownBlocks.has(blockStart(tokens, start))) continue;
      const candidate = excerpt(tokens, ranges, start);
      if (shownTexts.has(plain(candidate))) continue;
      shown = candidate;
      shownBlocks.add(blockStart(tokens, start));
      shownTexts.add(plain(candidate));
      break;
    }
    // Items and articles have a name of their own (第 3 项, 第 3 条) to go by instead.
    const named = NUMBERED.test(anchor.id);
    const titleBlock = blockStart(tokens, firstWord(tokens, anchor.location));
    const title = isHeading || !named || !shownBlocks.has(titleBlock) ? anchorTitle(anchor, tokens, folder) : '';
    return { id: anchor.id, title, excerpt: shown };
  });
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? '',
    collection: fragment.meta['collection'] ?? '',
    sub: fragment.meta['sub'] ?? '',
    filters: fragment.filters,
    excerpt: mainExcerpt,
    subResults,
  };
}

/** Start of the block (paragraph) holding position `i`: just after the previous break. */
function blockStart(tokens: ContentTokens, i: number): number {
  let j = Math.min(i, tokens.length);
  while (j > 0 && !tokens.isBreak(j - 1)) j--;
  return j;
}

/** The first word position at or after `from` (where an item's text starts). */
function firstWord(tokens: ContentTokens, from: number): number {
  let i = from;
  while (i < tokens.length && tokens.folded(i) === '') i++;
  return i;
}

/** An excerpt's text without marks or ellipses, for comparing what is shown. */
function plain(parts: readonly ExcerptPart[]): string {
  return parts
    .map((p) => p.text)
    .join('')
    .replace(/…/g, '')
    .trim();
}

/** Title of an anchor: the heading's text, or the first words of an item or article. */
function anchorTitle(anchor: { element: string; text: string; location: number }, tokens: ContentTokens, folder: Folder): string {
  if (/^h[1-6]$/.test(anchor.element) && anchor.text.trim()) {
    return decodeContent(anchor.text.trim(), folder)
      .all()
      .map((t) => t.display)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return textAt(tokens, anchor.location, 20);
}

/** About `length` characters of the first non-empty line from `start`, with "…" when cut. */
function textAt(tokens: ContentTokens, start: number, length: number): string {
  let out = '';
  for (let i = start; i < tokens.length && [...out].length < length; i++) {
    const display = tokens.display(i);
    const cut = display.indexOf('\n');
    if (cut >= 0) {
      out += display.slice(0, cut);
      if (out.trim()) return out.trim();
      out = '';
      continue;
    }
    out += display;
  }
  return out.trim() + (start + length < tokens.length ? '…' : '');
}

/**
 * An excerpt around `focus` within its paragraph, with every match inside it marked.
 * Characters are joined without spaces (token i is character i), so Chinese reads cleanly.
 */
export function excerpt(tokens: ContentTokens, ranges: readonly [number, number][], focus: number): ExcerptPart[] {
  let start = Math.max(0, focus - EXCERPT_BEFORE);
  for (let i = focus - 1; i >= start; i--) {
    if (tokens.isBreak(i)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(tokens.length, start + EXCERPT_LENGTH);
  for (let i = Math.max(start, focus); i < end; i++) {
    if (tokens.isBreak(i)) {
      end = i;
      break;
    }
  }
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  // A paragraph's opening and closing punctuation share a separator token with the break
  // ("。\n“"): keep the part on this paragraph's side of the break.
  const before = start > 0 ? tokens.display(start - 1) : '';
  if (start > 0 && !before.includes('\n')) push('…', false);
  else push(before.slice(before.lastIndexOf('\n') + 1), false);
  for (let i = start; i < end; i++) {
    const marked = ranges.some(([a, b]) => i >= a && i < b && tokens.folded(i) !== '');
    push(tokens.display(i).replace(/\n/g, ''), marked);
  }
  const after = end < tokens.length ? tokens.display(end) : '';
  if (end < tokens.length && !after.includes('\n')) push('…', false);
  else push(after.slice(0, Math.max(0, after.indexOf('\n'))), false);
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
  return parts;
}
