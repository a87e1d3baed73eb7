import { COLLECTIONS } from '../../../src/lib/content/collections.ts';
import { ImportError } from './errors.ts';
import type { Collection } from './structure.ts';

/** Frontmatter values the importer writes: strings, booleans, numbers, lists of them, lists of flat records. */
export type FrontmatterValue = string | number | boolean | readonly string[] | readonly number[] | readonly Readonly<Record<string, string | number>>[];

/** Frontmatter as written to the file, before schema defaults are applied. */
export type Frontmatter = Record<string, FrontmatterValue | undefined>;

/** The schema each collection's entries must pass. */
export const SCHEMAS = {
  policies: COLLECTIONS.policies.schema,
  templates: COLLECTIONS.templates.schema,
  materials: COLLECTIONS.materials.schema,
  documents: COLLECTIONS.documents.schema,
} as const;

// Keys first in this order, the rest alphabetically, so diffs stay small.
export const KEY_ORDER = ['title', 'summary', 'aliases', 'procedure', 'step', 'kind', 'form', 'scenario', 'dimension', 'author', 'organization', 'publication', 'date', 'issuer', 'docNumber', 'issued', 'revised', 'effective', 'status', 'version', 'headnote', 'supersedes', 'supersededBy', 'region', 'script', 'source', 'repairs', 'missingArticles', 'fullText', 'tags', 'added', 'draft'];

function yamlScalar(value: string | number | boolean | Readonly<Record<string, string | number>>): string {
  // A JSON string is a valid YAML double-quoted scalar (YAML 1.2 §7.3.1), so no value can be
  // misread as a number, date, boolean, comment or anchor; a JSON object is a YAML flow mapping.
  return typeof value === 'object' || typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** YAML for a flat frontmatter object: strings always double-quoted, lists in flow style. */
export function toYaml(data: Frontmatter): string {
  const keys = Object.keys(data)
    .filter((key) => data[key] !== undefined)
    .sort((a, b) => {
      const ia = KEY_ORDER.indexOf(a);
      const ib = KEY_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
  return keys
    .map((key) => {
      const value = data[key]!;
      const rendered = Array.isArray(value) ? `[${(value as readonly (string | number)[]).map((item) => yamlScalar(item)).join(', ')}]` : yamlScalar(value as string | number | boolean);
      return `${key}: ${rendered}`;
    })
    .join('\n');
}

/**
 * Check frontmatter against the collection's schema; throws ImportError quoting every schema
 * message (they are written for authors) with `file` named, e.g. `x.txt → 类别 kind …`.
 */
export function validateFrontmatter(collection: Collection, data: Frontmatter, file: string): void {
  const result = SCHEMAS[collection].safeParse(data);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '（整体）'}：${issue.message}`);
  throw new ImportError(file, `生成的 frontmatter 未通过 ${collection} 的校验：${problems.join('；')}`, '请用 --collection 选对集合，或在源文件中补上缺少的信息后重试');
}

/** The MDX file text: `---` YAML frontmatter `---`, a blank line, the body ending in one newline. */
export function emitMdx(frontmatter: Frontmatter, body: string): string {
  return `---\n${toYaml(frontmatter)}\n---\n\n${body.trim()}\n`;
}
