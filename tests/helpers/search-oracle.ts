// An oracle for search that shares no code with it: the pages whose source text (the content
// files, not the built HTML and not src/search/) holds every term of a query, found by a plain
// substring scan after OpenCC Traditional → Simplified conversion and NFKC on both sides.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import * as OpenCC from 'opencc-js';

/**
 * Collections whose entries are searchable, with their URL: content/<collection>/<id>.mdx →
 * /<collection>/<id>/. Procedures, topics and glossary terms are read by contentPages below.
 */
export const SEARCHED_COLLECTIONS = ['policies', 'templates', 'materials', 'documents'] as const;

/**
 * Frontmatter fields whose text a reader sees on an entry page of SEARCHED_COLLECTIONS (title,
 * summary, the values of the metadata panel, the tag list); ids, flags and file provenance are
 * left out. A 文书范本 shows only its title and metadata panel (DOCUMENT_FIELDS).
 */
export const SHOWN_FIELDS = ['title', 'summary', 'aliases', 'kind', 'issuer', 'docNumber', 'status', 'author', 'organization', 'publication', 'region', 'scenario', 'dimension', 'source', 'tags'] as const;
const DOCUMENT_FIELDS = ['title', 'kind', 'scope', 'source'] as const;

/** Dates the metadata panel shows, written as a reader sees them: "2019-04" → "2019年4月". */
const DATE_FIELDS = ['issued', 'revised', 'effective', 'date'] as const;
function shownDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** A UI string of the site, e.g. ui('documents.step') → "第{n}步　{title}". */
function ui(key: string): string {
  const strings = JSON.parse(readFileSync('src/i18n/zh-CN.json', 'utf8')) as Record<string, string>;
  const value = strings[key];
  if (value === undefined) throw new Error(`src/i18n/zh-CN.json: no string ${key}`);
  return value;
}

/** One searchable page as the oracle sees it. */
export interface OraclePage {
  /** Site path, e.g. "/templates/x/". */
  url: string;
  /** Folded text: fields and body, one block per line. */
  text: string;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Comparison form: NFKC, lower case, Traditional → Simplified (phrase-level OpenCC); e.g. "黨支部" → "党支部". */
export function fold(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** Reader-visible text of an MDX body: JSX tags, Markdown markers, link targets and escapes removed. */
export function bodyText(body: string): string {
  return body
    .replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, '\n') // <Item id="…">, </Item>
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '') // heading, quote and list markers
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, '\u0000$1') // keep escaped characters …
    .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '') // … drop emphasis markers
    .replace(/\u0000/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The step a 文书范本 links to, as its metadata panel shows it: documents.step filled with the
 * step's number and its title in content/procedures/<procedure>.yaml, e.g. "第12步　支委会审查".
 */
function documentStep(root: string, procedure: string, n: number): string {
  const data = yaml.load(readFileSync(path.join(root, 'procedures', `${procedure}.yaml`), 'utf8')) as { stages: { steps: { n: number; title: string }[] }[] };
  const step = data.stages.flatMap((stage) => stage.steps).find((s) => s.n === n);
  if (!step) throw new Error(`procedures/${procedure}.yaml: no step ${n}`);
  return ui('documents.step').replace('{n}', String(n)).replace('{title}', step.title);
}

/** Frontmatter and body of an .mdx file. */
function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { data: (yaml.load(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** String values of a frontmatter field, e.g. tags → ["党费", "整改"]. */
function values(data: Record<string, unknown>, field: string): string[] {
  const value = data[field];
  const one = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return Array.isArray(value) ? value.map(one) : value === undefined || value === null || typeof value === 'boolean' ? [] : [one(value)];
}

/**
 * The searchable pages of a content folder, e.g. contentPages('content'), and what a reader
 * reads on each (labels and other chrome carry data-pagefind-ignore and are not counted):
 * - an entry of SEARCHED_COLLECTIONS: its SHOWN_FIELDS, dates and body (a document: DOCUMENT_FIELDS,
 *   its step and repairs, and body);
 * - a procedure (content/procedures/<id>.yaml → /<id>/): all its text;
 * - a topic (/topics/<id>/): title, summary, body and the titles of the entries on its reading list;
 * - a glossary term (/glossary/#term-<id>): the term, its aliases, its definition and the title
 *   and article of the regulation that sets it.
 */
export function contentPages(root = 'content'): OraclePage[] {
  const pages: OraclePage[] = [];
  const titles = new Map<string, string>();
  for (const collection of SEARCHED_COLLECTIONS) {
    for (const file of readdirSync(path.join(root, collection)).filter((f) => f.endsWith('.mdx')).sort()) {
      const { data, body } = frontmatter(path.join(root, collection, file));
      if (data['draft'] === true) continue; // drafts are not built
      const id = file.replace(/\.mdx$/, '');
      titles.set(`${collection}/${id}`, String(data['title']));
      // A 文书范本 shows the step it belongs to and what was repaired at import.
      const fields =
        collection === 'documents'
          ? [...DOCUMENT_FIELDS.flatMap((field) => values(data, field)), documentStep(root, String(data['procedure']), Number(data['step'])), ...values(data, 'repairs')]
          : [...SHOWN_FIELDS.flatMap((field) => values(data, field)), ...DATE_FIELDS.flatMap((field) => values(data, field).map(shownDate))];
      pages.push({ url: `/${collection}/${id}/`, text: fold([...fields, bodyText(body)].join('\n')) });
    }
  }
  // Procedures are YAML data rendered at /<id>/ (content/procedures/fazhan-dangyuan.yaml → /fazhan-dangyuan/): all their text counts.
  for (const file of readdirSync(path.join(root, 'procedures')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const data = yaml.load(readFileSync(path.join(root, 'procedures', file), 'utf8'));
    pages.push({ url: `/${file.replace(/\.ya?ml$/, '')}/`, text: fold(strings(data).map(bodyText).join('\n')) });
  }
  for (const file of readdirSync(path.join(root, 'topics')).filter((f) => f.endsWith('.mdx')).sort()) {
    const { data, body } = frontmatter(path.join(root, 'topics', file));
    if (data['draft'] === true) continue;
    const readings = values(data, 'readings').map((ref) => {
      const title = titles.get(ref);
      if (title === undefined) throw new Error(`topics/${file}: reading ${ref} is not an entry the oracle knows`);
      return title;
    });
    pages.push({ url: `/topics/${file.replace(/\.mdx$/, '')}/`, text: fold([...values(data, 'title'), ...values(data, 'summary'), bodyText(body), ...readings].join('\n')) });
  }
  for (const file of readdirSync(path.join(root, 'glossary')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const data = yaml.load(readFileSync(path.join(root, 'glossary', file), 'utf8')) as Record<string, unknown>;
    const regulation = typeof data['regulation'] === 'string' ? [`《${titles.get(`policies/${data['regulation']}`) ?? ''}》${String(data['article'] ?? '')}`] : [];
    const text = [String(data['term']), values(data, 'aliases').join('、'), String(data['definition']), ...regulation];
    pages.push({ url: `/glossary/#term-${file.replace(/\.ya?ml$/, '')}`, text: fold(text.join('\n')) });
  }
  return pages;
}

/** A term of a query; quoted terms ask for exactly what is typed. */
export interface OracleTerm {
  text: string;
  quoted: boolean;
}

/**
 * Terms of a query: quoted phrases ("…" or “…”) whole, the rest split on white space; title
 * marks around a term dropped (《党章》 means the title 党章, marks or not); e.g.
 * `党费 "三会一课"` → 三会一课 (quoted), 党费.
 */
export function oracleTerms(query: string): OracleTerm[] {
  const terms: OracleTerm[] = [];
  const rest = query.replace(/"([^"]*)"|“([^”]*)”/g, (_, a: string | undefined, b: string | undefined) => {
    terms.push({ text: (a ?? b ?? '').trim(), quoted: true });
    return ' ';
  });
  const unquoted = rest.split(/\s+/).map((text) => ({ text: text.replace(/^[《〈]+|[》〉]+$/gu, ''), quoted: false }));
  return [...terms, ...unquoted].filter((term) => term.text);
}

/**
 * Other names and their full forms, read straight from the content files: each glossary term's
 * aliases lead to the term, each policy's aliases to its title. Keys are folded with
 * punctuation and white space removed ("不忘初心，牢记使命" → "不忘初心牢记使命").
 */
export function contentAliases(root = 'content'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (alias: string, form: string) => {
    const key = aliasKey(alias);
    if (key === aliasKey(form)) return;
    out.set(key, [...new Set([...(out.get(key) ?? []), form])]);
  };
  for (const file of readdirSync(path.join(root, 'glossary')).filter((f) => /\.ya?ml$/.test(f))) {
    const data = yaml.load(readFileSync(path.join(root, 'glossary', file), 'utf8')) as { term: string; aliases?: string[] };
    for (const alias of data.aliases ?? []) add(alias, data.term);
  }
  for (const file of readdirSync(path.join(root, 'policies')).filter((f) => f.endsWith('.mdx'))) {
    const data = frontmatter(path.join(root, 'policies', file)).data;
    if (data['draft'] === true) continue;
    for (const alias of (data['aliases'] as string[] | undefined) ?? []) add(alias, String(data['title']));
  }
  return out;
}

/** Comparison key of an alias: folded, letters and digits only. */
function aliasKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Site paths of the pages holding every term of `query`, sorted. An unquoted term is found in
 * any of its forms: as typed, the full forms of `aliases` it names (《党章》 → 中国共产党章程), and
 * `also` (the forms a pinyin query stands for, given by the caller: shyk → 三会一课).
 */
export function oracleResults(query: string, pages: readonly OraclePage[], aliases: ReadonlyMap<string, string[]> = new Map(), also: readonly string[] = []): string[] {
  const terms = oracleTerms(query).map((term) => (term.quoted ? [term.text] : [term.text, ...(aliases.get(aliasKey(term.text)) ?? [])]).map(fold));
  const forms = also.map(fold);
  const holds = (text: string) => (forms.length ? forms.some((form) => text.includes(form)) || terms.every((t) => t.some((f) => text.includes(f))) : terms.every((t) => t.some((f) => text.includes(f))));
  return pages.filter((page) => holds(page.text)).map((page) => page.url).sort();
}
