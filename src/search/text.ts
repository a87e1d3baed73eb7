// Text processing shared by the search indexer (src/integrations/search-index/) and the browser
// client (src/search/client.ts). Both sides MUST turn text into Pagefind words the same way:
// Pagefind's own Chinese handling segments pages with jieba but queries with Intl.Segmenter,
// and the two disagree (Pagefind issue #1237). So we decide the words ourselves:
//
// - every character is normalised (NFKC) and folded to Simplified Chinese per character,
//   so a Traditional query finds Simplified text and vice versa (domain notes: 党支部 / 黨支部);
// - letters, digits and CJK characters form runs; each character of a run becomes one token
//   holding the character and its successor (the run's last character alone), so a query run
//   of n ≥ 2 characters is the exact phrase of its n − 1 bigrams: a substring match;
// - everything else (punctuation, spaces, paragraph breaks) becomes a separator token that
//   takes a position but is never indexed, so token i is character i and excerpts can be
//   rebuilt in the browser from a result's `content` (docs/search-notes.md, traps 4 and 10);
// - when the folded character differs from the original (Traditional text), the original
//   rides along inside the token as ASCII punctuation, which Pagefind does not index,
//   so excerpts show the original script without a second copy of the text.
//
// Pagefind (fossick/splitting.rs) indexes only alphanumeric characters (plus `_`), lowercases
// and strips diacritics on both sides; that is left to it.

/** Per-character fold table: `from[i]` folds to `to[i]`; both strings of single code points. */
export interface FoldTable {
  /** Characters that fold, e.g. "黨們…". Their order defines the original-character codes. */
  from: string;
  /** What each folds to, e.g. "党们…". */
  to: string;
}

/** A fold table ready for lookups. */
export interface Folder {
  /** Folded form of one code point, e.g. "黨" → "党"; unchanged when it has none. */
  fold(char: string): string;
  /** Code of a character that folds to something else (its index in the table), e.g. "黨" → 1234. */
  code(char: string): number | undefined;
  /** The character with code `index`, e.g. 1234 → "黨". */
  char(index: number): string | undefined;
}

/** Builds a {@link Folder} from a table; throws if the two strings differ in length. */
export function createFolder(table: FoldTable): Folder {
  const from = [...table.from];
  const to = [...table.to];
  if (from.length !== to.length) throw new Error(`fold table: ${from.length} keys but ${to.length} values`);
  if (from.length > MARKER_CAPACITY) throw new Error(`fold table: ${from.length} keys exceed the marker capacity ${MARKER_CAPACITY}`);
  const map = new Map<string, string>();
  const codes = new Map<string, number>();
  from.forEach((char, i) => {
    map.set(char, to[i] as string);
    codes.set(char, i);
  });
  return {
    fold: (char) => map.get(char) ?? char,
    code: (char) => codes.get(char),
    char: (index) => from[index],
  };
}

/** Separator token for a run of white space. Private-use: never indexed, never in source text. */
export const SPACE_TOKEN = '\uE000';
/** Separator token for a line or paragraph break (also ends every block). */
export const BREAK_TOKEN = '\uE001';
/** Escape put in front of a separator that would start with Pagefind's `___` sentinels. */
const ESCAPE = '\uE002';
/**
 * Ends the extra title tokens the indexer appends to each page ("党支ꙮ"), so one exact search
 * tells which pages have a term in their title. A letter nobody types (Cyrillic multiocular O),
 * put last so title words sort next to the body words and sit in the same index chunk.
 */
export const TITLE_MARK = '\uA66E';
/**
 * Ends the tokens a glossary term's record carries for the forms it defines ("三会一课ꙭ"), so one
 * exact search finds the definition of a term the reader typed (Cyrillic double monocular O,
 * another letter nobody types).
 */
export const DEFINES_MARK = '\uA66D';

/**
 * ASCII punctuation used to write a character code after a word token. Pagefind drops ASCII
 * punctuation from words and, since the word without it still starts the same, adds no
 * compound parts (splitting.rs); left out: `<>&"'\` (HTML), `#*` (emoji), `_` (indexed),
 * `)$.` (they make Pagefind add a full stop at block ends).
 */
const MARKER_DIGITS = '!%+,-/:;=?@[]^{|}~(`';
const MARKER_BASE = MARKER_DIGITS.length;
const MARKER_WIDTH = 3;
const MARKER_CAPACITY = MARKER_BASE ** MARKER_WIDTH;

/** Letters, digits and CJK characters: what Pagefind indexes (Rust `char::is_alphanumeric`). */
const WORD = /^[\p{Alphabetic}\p{N}]$/u;
const WHITE = /^\s$/u;
/** Dropped outright: controls, format characters (zero-width space…), private use, lone surrogates. */
const DROP = /^[\p{C}\uA66D\uA66E]$/u;

function encodeMarker(code: number): string {
  let out = '';
  for (let i = 0; i < MARKER_WIDTH; i++) {
    out = MARKER_DIGITS[code % MARKER_BASE] + out;
    code = Math.floor(code / MARKER_BASE);
  }
  return out;
}

function decodeMarker(marker: string): number | undefined {
  if (marker.length !== MARKER_WIDTH) return undefined;
  let code = 0;
  for (const digit of marker) {
    const value = MARKER_DIGITS.indexOf(digit);
    if (value < 0) return undefined;
    code = code * MARKER_BASE + value;
  }
  return code;
}

/** A folder that folds nothing (for tests and as a fallback). */
export const IDENTITY_FOLDER: Folder = createFolder({ from: '', to: '' });

/** One unit of normalised text: a word character (folded, with its original) or a separator. */
type Unit =
  | { kind: 'word'; folded: string; original: string | undefined }
  | { kind: 'space' }
  | { kind: 'break' }
  | { kind: 'punct'; text: string };

/**
 * Normalises text into units: NFC for the whole string, then NFKC and the fold per character.
 * `\n` counts as a break, other white space as a space; see the file comment for the rest.
 */
function units(text: string, folder: Folder): Unit[] {
  const out: Unit[] = [];
  for (const original of text.normalize('NFC')) {
    if (original === '\n' || original === '\r' || original === '\u2028' || original === '\u2029') {
      out.push({ kind: 'break' });
      continue;
    }
    if (WHITE.test(original)) {
      out.push({ kind: 'space' });
      continue;
    }
    if (DROP.test(original)) continue;
    const compat = original.normalize('NFKC');
    const single = [...compat].length === 1;
    for (const char of compat) {
      if (WHITE.test(char)) out.push({ kind: 'space' });
      else if (DROP.test(char)) continue;
      else if (WORD.test(char)) {
        const folded = folder.fold(char);
        out.push({ kind: 'word', folded, original: single && original !== folded ? original : undefined });
      } else {
        // Keep the original punctuation (full-width ，stays ，) for excerpts; it is never indexed.
        out.push({ kind: 'punct', text: single ? original : char });
      }
    }
  }
  return out;
}

/**
 * Pagefind words for a block of text, in order, one per character plus separators; join them
 * with spaces to get the indexed text. E.g. "黨支部，2016年" →
 * ["党支…", "支部…", "部…", "，", "20", "01", "16", "6年", "年"] (… = marker of the original).
 * The last token is always a break, so blocks never run into each other.
 */
export function indexTokens(text: string, folder: Folder): string[] {
  const list = units(text, folder);
  const tokens: string[] = [];
  let separator = '';
  const flushSeparator = () => {
    if (!separator) return;
    tokens.push(separator.startsWith('___') ? ESCAPE + separator : separator);
    separator = '';
  };
  for (let i = 0; i < list.length; i++) {
    const unit = list[i] as Unit;
    if (unit.kind === 'word') {
      flushSeparator();
      const next = list[i + 1];
      let token = unit.folded + (next?.kind === 'word' ? next.folded : '');
      const code = unit.original === undefined ? undefined : folder.code(unit.original);
      if (code !== undefined) token += encodeMarker(code);
      tokens.push(token);
    } else if (unit.kind === 'space') {
      if (!separator.endsWith(SPACE_TOKEN) && !separator.endsWith(BREAK_TOKEN)) separator += SPACE_TOKEN;
    } else if (unit.kind === 'break') {
      if (separator.endsWith(SPACE_TOKEN)) separator = separator.slice(0, -1);
      if (!separator.endsWith(BREAK_TOKEN)) separator += BREAK_TOKEN;
    } else {
      separator += unit.text;
    }
  }
  if (separator.endsWith(SPACE_TOKEN)) separator = separator.slice(0, -1);
  if (!separator.endsWith(BREAK_TOKEN)) separator += BREAK_TOKEN;
  flushSeparator();
  // A block that is nothing but a break adds nothing.
  return tokens.length === 1 && tokens[0] === BREAK_TOKEN ? [] : tokens;
}

/** Folded runs of word characters in `text`, e.g. "黨支部，2016年" → ["党支部", "2016年"]. */
export function foldedRuns(text: string, folder: Folder): string[] {
  const runs: string[] = [];
  let run = '';
  for (const unit of units(text, folder)) {
    if (unit.kind === 'word') run += unit.folded;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Pagefind words that find one run: its bigrams (n − 1 of them), or the lone character. */
export function runTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

/** Title tokens the indexer appends: every title run's tokens marked with {@link TITLE_MARK}. */
export function titleTokens(title: string, folder: Folder): string[] {
  return foldedRuns(title, folder).flatMap((run) => {
    const chars = [...run];
    return chars.map((char, i) => char + (chars[i + 1] ?? '') + TITLE_MARK);
  });
}

/** The token that marks a record as defining `form` (a glossary term or alias): its folded runs joined, lower case, then {@link DEFINES_MARK}. */
export function definesToken(form: string, folder: Folder): string {
  return foldedRuns(form, folder).join('').toLowerCase() + DEFINES_MARK;
}

/** One term of a query: a word the user typed (or a quoted phrase), as folded runs. */
export interface QueryTerm {
  /** What the user typed, e.g. "黨支部". */
  text: string;
  /** Folded runs; more than one when the term holds punctuation or (quoted) spaces. */
  runs: string[];
  /**
   * Punctuation around the runs (NFKC, white space removed): before the first run, between
   * runs, after the last; "" where there is none or only space. E.g. "80%" → ["", "%"].
   */
  separators: string[];
  /** Whether it was quoted. */
  quoted: boolean;
}

/** Longest query we process, in characters; the rest is ignored (keeps phrase searches small). */
export const MAX_QUERY_CHARS = 100;

const QUOTES = /"([^"]*)"|“([^”]*)”|「([^」]*)」/gu;

/**
 * Splits a query into terms: quoted phrases ("…", “…”, 「…」) stay whole, the rest splits on white
 * space; terms without word characters are dropped and duplicates merged.
 * E.g. `党费 "三会一课" 整改` → 党费 · 三会一课 (quoted) · 整改.
 */
export function parseQuery(query: string, folder: Folder): QueryTerm[] {
  const clipped = [...query.normalize('NFC')].slice(0, MAX_QUERY_CHARS).join('');
  const terms: QueryTerm[] = [];
  const add = (text: string, quoted: boolean) => {
    const runs: string[] = [];
    const separators = [''];
    let run = '';
    for (const unit of units(text, folder)) {
      if (unit.kind === 'word') run += unit.folded;
      else {
        if (run) {
          runs.push(run);
          separators.push('');
          run = '';
        }
        if (unit.kind === 'punct') separators[separators.length - 1] += separatorKey(unit.text);
      }
    }
    if (run) {
      runs.push(run);
      separators.push('');
    }
    if (runs.length === 0) return;
    // Title marks around a term (《党章》, 〈…〉) say "this is a title", not "find the marks":
    // readers type them and mean the title wherever it is written, with marks or without.
    separators[0] = (separators[0] ?? '').replace(/[《〈]+$/u, '');
    separators[separators.length - 1] = (separators.at(-1) ?? '').replace(/^[》〉]+/u, '');
    const key = JSON.stringify([runs, separators]).toLowerCase();
    if (terms.some((t) => JSON.stringify([t.runs, t.separators]).toLowerCase() === key)) return;
    terms.push({ text: text.trim(), runs, separators, quoted });
  };
  let last = 0;
  for (const match of clipped.matchAll(QUOTES)) {
    for (const word of clipped.slice(last, match.index).split(/\s+/u)) add(word, false);
    add(match[1] ?? match[2] ?? match[3] ?? '', true);
    last = match.index + match[0].length;
  }
  for (const word of clipped.slice(last).split(/\s+/u)) add(word, false);
  return terms;
}

/** One decoded token of a result's content. */
export interface DecodedToken {
  /** What to show, in the original script: "黨", "，", " " or "\n"; "" for title tokens. */
  display: string;
  /** Folded, lowercased character for matching; "" for separators. */
  folded: string;
}

/**
 * A result's `content` (indexed tokens joined by spaces) as Pagefind word positions, decoded
 * lazily: matching needs only each token's leading character, which is cheap to read, and only
 * the few tokens an excerpt shows are decoded fully. A regulation's full text is tens of
 * thousands of tokens, and decoding them all cost most of the time to first results on a slow
 * machine.
 */
export class ContentTokens {
  readonly length: number;
  readonly #raw: string[];
  readonly #folder: Folder;
  readonly #keys: string[];
  readonly #display = new Map<number, string>();

  constructor(content: string, folder: Folder) {
    this.#raw = content ? content.split(' ') : [];
    this.#folder = folder;
    this.length = this.#raw.length;
    this.#keys = this.#raw.map(leadKey);
  }

  /** Folded, lowercased character at position `i` for matching; "" for separators and out of range. */
  folded(i: number): string {
    return this.#keys[i] ?? '';
  }

  /** What position `i` shows, in the original script: "黨", "，", " " or "\n"; "" out of range. */
  display(i: number): string {
    const raw = this.#raw[i];
    if (raw === undefined) return '';
    let shown = this.#display.get(i);
    if (shown === undefined) this.#display.set(i, (shown = decodeToken(raw, this.#folder).display));
    return shown;
  }

  /** Whether position `i` holds a line or paragraph break. */
  isBreak(i: number): boolean {
    return this.#raw[i]?.includes(BREAK_TOKEN) ?? false;
  }

  /** Every position decoded, e.g. for tests. */
  all(): DecodedToken[] {
    return this.#raw.map((_, i) => ({ display: this.display(i), folded: this.folded(i) }));
  }
}

/** Decodes a result's content; see {@link ContentTokens}. */
export function decodeContent(content: string, folder: Folder): ContentTokens {
  return new ContentTokens(content, folder);
}

/** The matching key of a token's leading character (see {@link matchKey}); "" for separators and marked tokens. */
function leadKey(token: string): string {
  const code = token.charCodeAt(0);
  // Common cases without regular expressions: CJK ideographs and ASCII letters and digits.
  if (code >= 0x3400 && code <= 0x9fff) return token.includes(TITLE_MARK) || token.includes(DEFINES_MARK) ? '' : token[0]!;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return token.includes(TITLE_MARK) || token.includes(DEFINES_MARK) ? '' : token[0]!;
  if (code >= 0x41 && code <= 0x5a) return token.includes(TITLE_MARK) || token.includes(DEFINES_MARK) ? '' : String.fromCharCode(code + 32);
  if (code >= 0xe000 && code <= 0xe0ff) return '';
  const first = String.fromCodePoint(token.codePointAt(0) ?? 0);
  if (!token || !WORD.test(first) || token.includes(TITLE_MARK) || token.includes(DEFINES_MARK)) return '';
  return matchKey(first);
}

/** Decodes one token; see {@link decodeContent}. */
export function decodeToken(token: string, folder: Folder): DecodedToken {
  const chars = [...token];
  const first = chars[0] ?? '';
  if (token.includes(TITLE_MARK) || token.includes(DEFINES_MARK)) return { display: '', folded: '' };
  if (first && WORD.test(first)) {
    let rest = chars.slice(1);
    if (rest[0] && WORD.test(rest[0])) rest = rest.slice(1);
    const code = decodeMarker(rest.join(''));
    const original = code === undefined ? undefined : folder.char(code);
    return { display: original ?? first, folded: matchKey(first) };
  }
  const display = token
    .replaceAll(ESCAPE, '')
    .replaceAll(SPACE_TOKEN, ' ')
    .replaceAll(BREAK_TOKEN, '\n');
  return { display, folded: '' };
}

/** Matching form of one character: lowercase without diacritics, as Pagefind compares words. */
export function matchKey(char: string): string {
  return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Start positions of `run` (a folded run) among the tokens: consecutive word tokens. */
export function findRun(tokens: ContentTokens, run: string): number[] {
  const chars = [...run].map(matchKey);
  const found: number[] = [];
  const first = chars[0];
  if (first === undefined) return found;
  outer: for (let i = 0; i + chars.length <= tokens.length; i++) {
    if (tokens.folded(i) !== first) continue;
    for (let j = 1; j < chars.length; j++) {
      if (tokens.folded(i + j) !== chars[j]) continue outer;
    }
    found.push(i);
  }
  return found;
}

/**
 * Where a whole term occurs: its runs one after another with only separators between them
 * (so 党费，整改 matches "党费，整改" and "党费 整改" but not "党费和整改"). Returns
 * [start, end) token ranges.
 */
export function findTerm(tokens: ContentTokens, runs: readonly string[], separators: readonly string[] = []): [number, number][] {
  const [first, ...rest] = runs;
  if (first === undefined) return [];
  const ranges: [number, number][] = [];
  /** Separator text of tokens [from, to), normalised like the query's. */
  const between = (from: number, to: number) => {
    let text = '';
    for (let i = from; i < to; i++) text += separatorKey(tokens.display(i));
    return text;
  };
  /** Whether `run` starts at `at`. */
  const runAt = (at: number, run: string) => [...run].every((char, j) => tokens.folded(at + j) === matchKey(char));
  outer: for (const start of findRun(tokens, first)) {
    const before = separators[0] ?? '';
    if (before && (start === 0 || tokens.folded(start - 1) !== '' || !between(start - 1, start).endsWith(before))) continue;
    let end = start + [...first].length;
    for (const [i, run] of rest.entries()) {
      if (end >= tokens.length || tokens.folded(end) !== '') continue outer;
      const from = end;
      while (end < tokens.length && tokens.folded(end) === '') end++;
      const inner = separators[i + 1] ?? '';
      if (inner && !between(from, end).includes(inner)) continue outer;
      if (!runAt(end, run)) continue outer;
      end += [...run].length;
    }
    const after = separators[runs.length] ?? '';
    if (after && (end >= tokens.length || tokens.folded(end) !== '' || !between(end, end + 1).startsWith(after))) continue;
    ranges.push([start, end]);
  }
  return ranges;
}

/** Whether a term needs checking against the text: several runs, or punctuation in it. */
export function needsCheck(term: QueryTerm): boolean {
  return term.runs.length > 1 || term.separators.some(Boolean);
}

/** Comparable form of separator text: NFKC, no white space or private-use codes. */
function separatorKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\uE000-\uE0FF]/gu, '');
}
