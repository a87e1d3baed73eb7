// Other ways of writing what a reader looks for: aliases (《党章》 for 中国共产党章程, a glossary
// term's other names) and the pinyin of glossary terms (full pinyin or initials: shyk,
// sanhuiyike, "san hui yi ke" → 三会一课). Written at build time from the glossary and the policy
// catalogue (src/integrations/search-index/lexicon-data.ts), so no pinyin library reaches the
// browser; the client adds each match as another variant of the query's term
// (src/search/query.ts). What was typed is always searched as well, and pages that hold it rank
// first, so a Latin query that is a real word on the pages (GB/T, PPT) still matches literally.
import { parseQuery, foldedRuns, type Folder } from './text';
import type { PlannedTerm, QueryPlan, QueryVariant } from './query';

/** One thing that can be written several ways. */
export interface LexiconEntry {
  /** The full form, searched when an alias or a pinyin key is typed, e.g. "中国共产党章程". */
  form: string;
  /** Other names, e.g. ["党章"]. */
  aliases: string[];
  /** Pinyin keys of the form and its aliases: lower-case letters, e.g. ["sanhuiyike", "shyk"]; [] for policies. */
  pinyin: string[];
  /** Whether it is a glossary term (the glossary defines the form and its aliases). */
  glossary: boolean;
}

/** What a lexicon is built from (at build time): the glossary's terms and the catalogued policies. */
export interface LexiconSource {
  entries: LexiconEntry[];
}

/**
 * The lexicon file (kb-lexicon.json): the lookups with their keys already folded at build time,
 * so the browser only has to read them (folding thousands of policy titles and aliases took the
 * main thread for a noticeable part of a second in a large library).
 */
export interface LexiconFile {
  byAlias: Record<string, string[]>;
  byPinyin: Record<string, string[]>;
  defined: string[];
}

/** Lookups over a lexicon. */
export interface Lexicon {
  /** Full forms an alias leads to, e.g. "党章" → ["中国共产党章程"]; by {@link lexiconKey}. */
  byAlias: Map<string, string[]>;
  /** Full forms a pinyin key leads to, e.g. "shyk" → ["三会一课"]. */
  byPinyin: Map<string, string[]>;
  /** Keys of every form the glossary defines (terms and their aliases). */
  defined: Set<string>;
}

/** Comparison key of a form: its folded runs joined, lower case ("《党章》" → "党章"). */
export function lexiconKey(text: string, folder: Folder): string {
  return foldedRuns(text, folder).join('').toLowerCase();
}

/** An empty lexicon (no aliases, no pinyin). */
export const EMPTY_LEXICON: Lexicon = { byAlias: new Map(), byPinyin: new Map(), defined: new Set() };

/** Builds the lookups; an alias that is its own form leads nowhere. */
export function createLexicon(file: LexiconSource, folder: Folder): Lexicon {
  const byAlias = new Map<string, string[]>();
  const byPinyin = new Map<string, string[]>();
  const defined = new Set<string>();
  const add = (map: Map<string, string[]>, key: string, form: string) => {
    if (!key) return;
    const forms = map.get(key) ?? [];
    if (!forms.includes(form)) forms.push(form);
    map.set(key, forms);
  };
  for (const entry of file.entries) {
    const own = lexiconKey(entry.form, folder);
    for (const alias of entry.aliases) {
      const key = lexiconKey(alias, folder);
      if (key !== own) add(byAlias, key, entry.form);
    }
    for (const key of entry.pinyin) add(byPinyin, key, entry.form);
    if (entry.glossary) for (const form of [entry.form, ...entry.aliases]) defined.add(lexiconKey(form, folder));
  }
  return { byAlias, byPinyin, defined };
}

/** The lookups as the lexicon file holds them. */
export function writeLexicon(lexicon: Lexicon): LexiconFile {
  return { byAlias: Object.fromEntries(lexicon.byAlias), byPinyin: Object.fromEntries(lexicon.byPinyin), defined: [...lexicon.defined] };
}

/** The lookups from the lexicon file: no folding, only maps. */
export function readLexicon(file: LexiconFile): Lexicon {
  return { byAlias: new Map(Object.entries(file.byAlias)), byPinyin: new Map(Object.entries(file.byPinyin)), defined: new Set(file.defined) };
}

/** Letters only (a–z after lower-casing): what may be pinyin. */
const LATIN = /^[a-z]+$/;

/** A variant searching `form`. */
function variant(form: string, via: QueryVariant['via'], folder: Folder): QueryVariant | undefined {
  const parts = parseQuery(form, folder);
  return parts.length ? { parts, via, text: form } : undefined;
}

/** Adds the variants a term leads to (unquoted terms only: quotes ask for exactly what is typed). */
function expandTerm(term: PlannedTerm, key: string, lexicon: Lexicon, folder: Folder): PlannedTerm {
  if (term.quoted) return term;
  const seen = new Set(term.variants.map((v) => lexiconKey(v.text, folder)));
  const variants = [...term.variants];
  const push = (forms: string[] | undefined, via: QueryVariant['via']) => {
    for (const form of forms ?? []) {
      const formKey = lexiconKey(form, folder);
      if (seen.has(formKey)) continue;
      const made = variant(form, via, folder);
      if (!made) continue;
      seen.add(formKey);
      variants.push(made);
    }
  };
  push(lexicon.byAlias.get(key), 'alias');
  if (LATIN.test(key)) push(lexicon.byPinyin.get(key), 'pinyin');
  return { ...term, variants };
}

/**
 * The plan with every alias and pinyin expansion added. A query of several Latin words that
 * together spell a glossary term's pinyin ("san hui yi ke") becomes one term whose typed form
 * is all of the words.
 */
export function expandPlan(plan: QueryPlan, lexicon: Lexicon, folder: Folder): QueryPlan {
  const terms = plan.terms;
  if (terms.length > 1 && terms.every((t) => !t.quoted && LATIN.test(lexiconKey(t.text, folder)))) {
    const joined = terms.map((t) => lexiconKey(t.text, folder)).join('');
    if (lexicon.byPinyin.has(joined)) {
      const text = terms.map((t) => t.text).join(' ');
      const whole: PlannedTerm = { text, quoted: false, variants: [{ parts: terms.flatMap((t) => t.variants[0]?.parts ?? []), via: 'typed', text }] };
      return { terms: [expandTerm(whole, joined, lexicon, folder)] };
    }
  }
  return { terms: terms.map((term) => expandTerm(term, lexiconKey(term.text, folder), lexicon, folder)) };
}

/** The forms searched besides what was typed, for "也搜索了：…", e.g. ["中国共产党章程"]. */
export function expansions(plan: QueryPlan): string[] {
  return [...new Set(plan.terms.flatMap((term) => term.variants.slice(1).map((v) => v.text)))];
}
