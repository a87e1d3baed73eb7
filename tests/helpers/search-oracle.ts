// An oracle for search that shares no code with it: the pages whose source text (the content
// files, not the built HTML and not src/search/) holds every term of a query, found by a plain
// substring scan after OpenCC Traditional → Simplified conversion and NFKC on both sides.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import * as OpenCC from 'opencc-js';

/**
 * Collections whose entries are searchable, with their URL: content/<collection>/<id>.mdx →
 * /<collection>/<id>/. Add a collection here when the site starts indexing it (topics, glossary).
 */
export const SEARCHED_COLLECTIONS = ['policies', 'templates', 'materials', 'documents'] as const;

/**
 * Frontmatter fields whose text a reader sees on the entry page (title, summary, the metadata
 * panel); ids, dates, flags and file provenance are left out.
 */
export const SHOWN_FIELDS = ['title', 'summary', 'aliases', 'kind', 'issuer', 'docNumber', 'status', 'author', 'organization', 'publication', 'region', 'scenario', 'dimension', 'tags'] as const;

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

/** Title of a procedure, e.g. "fazhan-dangyuan" → the title in content/procedures/fazhan-dangyuan.yaml. */
function procedureTitle(root: string, id: string): string {
  const data = yaml.load(readFileSync(path.join(root, 'procedures', `${id}.yaml`), 'utf8')) as { title?: string };
  return String(data.title ?? id);
}

/** The searchable pages of a content folder, e.g. contentPages('content'). */
export function contentPages(root = 'content'): OraclePage[] {
  const pages: OraclePage[] = [];
  for (const collection of SEARCHED_COLLECTIONS) {
    for (const file of readdirSync(path.join(root, collection)).filter((f) => f.endsWith('.mdx')).sort()) {
      const source = readFileSync(path.join(root, collection, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${collection}/${file}: no frontmatter block`);
      const data = (yaml.load(match[1]!) ?? {}) as Record<string, unknown>;
      if (data['draft'] === true) continue; // drafts are not built
      // A document names the procedure it belongs to (procedure: fazhan-dangyuan → its title).
      const procedure = typeof data['procedure'] === 'string' ? [procedureTitle(root, data['procedure'])] : [];
      const fields = [...procedure, ...SHOWN_FIELDS].flatMap((field) => {
        if (procedure.includes(field)) return [field];
        const value = data[field];
        return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
      });
      pages.push({ url: `/${collection}/${file.replace(/\.mdx$/, '')}/`, text: fold([...fields, bodyText(match[2]!)].join('\n')) });
    }
  }
  // Procedures are YAML data rendered at /<id>/ (content/procedures/fazhan-dangyuan.yaml → /fazhan-dangyuan/): all their text counts.
  for (const file of readdirSync(path.join(root, 'procedures')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const data = yaml.load(readFileSync(path.join(root, 'procedures', file), 'utf8'));
    pages.push({ url: `/${file.replace(/\.ya?ml$/, '')}/`, text: fold(strings(data).map(bodyText).join('\n')) });
  }
  return pages;
}

/** Terms of a query: quoted phrases ("…" or “…”) whole, the rest split on white space; e.g. `党费 "三会一课"` → ["三会一课", "党费"]. */
export function oracleTerms(query: string): string[] {
  const terms: string[] = [];
  const rest = query.replace(/"([^"]*)"|“([^”]*)”/g, (_, a: string | undefined, b: string | undefined) => {
    terms.push((a ?? b ?? '').trim());
    return ' ';
  });
  return [...terms, ...rest.split(/\s+/)].filter(Boolean);
}

/** Site paths of the pages holding every term of `query`, sorted. */
export function oracleResults(query: string, pages: readonly OraclePage[]): string[] {
  const terms = oracleTerms(query).map(fold);
  return pages.filter((page) => terms.every((term) => page.text.includes(term))).map((page) => page.url).sort();
}
