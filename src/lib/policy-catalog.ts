// The policy catalog as build-time plugins see it: frontmatter of content/policies/*.mdx read
// straight from disk (remark plugins run outside Astro's content layer), plus the article
// numbers of entries that hold the full text. Read-only data, cached per process and re-read
// when a file changes (dev server), never mutated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { outlineArticles, policyOutline } from './policy-outline';
import { buildCatalog, type CatalogPolicy, type PolicyCatalog } from './policy-titles';

/** Default folder of the policy library, relative to the working directory: "content/policies". */
export const POLICY_DIR = 'content/policies';

/** Article numbers of an MDX body, in order, e.g. "**第一条**　…\n\n**第二条**　…" → [1, 2]. */
export function articleNumbers(body: string): number[] {
  return outlineArticles(policyOutline(body)).map((node) => node.number);
}

/** Frontmatter and body of an MDX file's text; `data` is {} when there is no frontmatter. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA });
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(match[0].length) };
}

/** One catalogued policy from its file's text; `id` is the file name without .mdx. */
export function policyFromSource(id: string, text: string): CatalogPolicy {
  const { data, body } = splitFrontmatter(text);
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const fullText = data['fullText'] === true;
  return {
    id,
    title: String(data['title'] ?? id),
    aliases: strings(data['aliases']),
    kind: String(data['kind'] ?? ''),
    fullText,
    supersededBy: typeof data['supersededBy'] === 'string' ? data['supersededBy'] : undefined,
    articles: articleNumbers(body),
  };
}

let cached: { signature: string; catalog: PolicyCatalog } | undefined;

/**
 * The catalog of `dir` (default {@link POLICY_DIR}); drafts are left out, as on the site.
 * Cached until a file in the folder is added, removed or changed.
 */
export function loadPolicyCatalog(dir = POLICY_DIR): PolicyCatalog {
  const root = resolve(dir);
  let files: string[];
  try {
    files = readdirSync(root).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    files = [];
  }
  const signature = root + '|' + files.map((name) => `${name}:${statSync(join(root, name)).mtimeMs}`).join('|');
  if (cached?.signature === signature) return cached.catalog;
  const policies = files.flatMap((name) => {
    const text = readFileSync(join(root, name), 'utf8');
    if (splitFrontmatter(text).data['draft'] === true) return [];
    return [policyFromSource(name.replace(/\.mdx$/, ''), text)];
  });
  const catalog = buildCatalog(policies);
  cached = { signature, catalog };
  return catalog;
}
