// The policy catalog as build-time plugins see it: content/policies/*.mdx read with the one
// entry reader (src/lib/content/entry-file.ts), plus the article numbers of entries that hold the
// full text. The build integration reads it once per build and hands it to the plugins; it is
// read-only data, never mutated.
import { parseEntry, readCollection, type EntryFile } from './content/entry-file';
import { outlineArticles, policyOutline } from './policy-outline';
import { buildCatalog, type CatalogPolicy, type PolicyCatalog } from './policy-titles';

/**
 * Article numbers with an anchor on the page, in order, e.g. "**第一条**　…\n\n**第二条**　…" → [1, 2];
 * articles missing in the source (`missing`) count: their placeholder carries the anchor.
 */
export function articleNumbers(body: string, missing: readonly number[] = []): number[] {
  return outlineArticles(policyOutline(body, { missing })).map((node) => node.number);
}

/** One catalogued policy from a validated entry. */
export function policyFromEntry(entry: EntryFile): CatalogPolicy {
  const { data } = entry;
  const missing = (data['missingArticles'] as number[] | undefined) ?? [];
  return {
    id: entry.id,
    title: String(data['title']),
    aliases: (data['aliases'] as string[] | undefined) ?? [],
    kind: String(data['kind'] ?? ''),
    fullText: data['fullText'] === true,
    supersededBy: typeof data['supersededBy'] === 'string' ? data['supersededBy'] : undefined,
    articles: articleNumbers(entry.body, missing),
    missingArticles: missing,
  };
}

/** One catalogued policy from its file's text; `id` is the file name without .mdx. Throws the problems of an invalid file. */
export function policyFromSource(id: string, text: string): CatalogPolicy {
  const result = parseEntry('policies', `content/policies/${id}.mdx`, text);
  if (!result.entry) throw new Error(result.problems.join('\n'));
  return policyFromEntry(result.entry);
}

/**
 * The catalog of the policy library under `root` (default: the working directory); drafts are
 * left out, as on the site. Throws every problem of the folder at once (file → field：message).
 */
export function loadPolicyCatalog(root = '.'): PolicyCatalog {
  const { entries, problems } = readCollection('policies', root);
  if (problems.length) throw new Error(problems.join('\n'));
  return buildCatalog(entries.filter((entry) => entry.data['draft'] !== true).map(policyFromEntry));
}
