// An entry's rendered body as pages print it: the HTML the content loader wrote to Astro's cache
// folder (entry-loader.ts) and the headings it found. Build time only.
import { readFileSync } from 'node:fs';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { CitationScan } from '../citations';
import type { StoredBody } from './entry-loader';

/** Something loaded by the entry loader, e.g. a CollectionEntry<'templates'>. */
interface LoadedEntry {
  id: string;
  collection: string;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

function stored(entry: LoadedEntry): StoredBody {
  const body = entry.rendered?.metadata as StoredBody | undefined;
  if (!body?.htmlFile) throw new Error(`${entry.collection}/${entry.id} → 没有渲染结果 → 这个集合须用 entryLoader（src/content.config.ts）。`);
  return body;
}

/** The entry's HTML and headings, e.g. entryBody(entry).headings → [{ depth: 2, slug: "一-总则", text: "一、总则" }]. */
export function entryBody(entry: LoadedEntry): { html: string; headings: MarkdownHeading[] } {
  const body = stored(entry);
  return { html: readFileSync(body.htmlFile, 'utf8'), headings: body.headings };
}

/** The policy citations remark-policy-links found in the entry, without reading its HTML. */
export function entryCitations(entry: LoadedEntry): CitationScan | undefined {
  return stored(entry).citations;
}
