// The one reader of content files outside Astro's content layer (check, importer, bench, the
// build integration): YAML frontmatter + body, parsed as Astro parses it (js-yaml's default
// schema, so `issued: 2023-12-19` is a date exactly as on the site) and validated by the same
// zod schemas. Problems come back as "file → field：message" lines, never as a raw zod error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { formatSchemaIssues } from '../schema-errors';
import { COLLECTIONS, type CollectionName } from './collections';

/** One content file read from disk. */
export interface EntryFile<Data = Record<string, unknown>> {
  /** Entry id as Astro gives it: the file name without extension, e.g. "san-hui-yi-ke". */
  id: string;
  /** Path as written in messages, e.g. "content/glossary/san-hui-yi-ke.yaml". */
  file: string;
  /** Frontmatter (or the whole YAML file) after schema validation and its transforms. */
  data: Data;
  /** Body after the frontmatter; "" for YAML data files. */
  body: string;
}

/** Result of reading: the entry, or the author-facing problems that stop it. */
export type EntryResult<Data> = { entry: EntryFile<Data>; problems: [] } | { entry?: undefined; problems: string[] };

// Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter): optional BOM or blank lines, then --- … ---.
const FRONTMATTER = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---\r?\n?/;

/** Splits a Markdown/MDX text into raw YAML and body, e.g. "---\ntitle: x\n---\nbody" → { yaml: "\ntitle: x\n", body: "body" }. */
export function splitFrontmatter(text: string): { yaml: string | undefined; body: string } {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1], body: text.slice(match[0].length) } : { yaml: undefined, body: text };
}

/** Parses YAML as Astro does; throws the author-facing line "file → YAML 格式错误（第 N 行：…）…". */
export function parseYaml(source: string, file: string): unknown {
  try {
    return yaml.load(source) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `第 ${(error.mark?.line ?? 0) + 1} 行：${error.reason}` : String(error);
    throw new Error(`${file} → YAML 格式错误（${reason}）。请检查冒号、缩进和引号。`);
  }
}

/** Reads an entry's text: `file` names it in messages and gives its id; `collection` picks the schema. */
export function parseEntry<N extends CollectionName>(collection: N, file: string, text: string): EntryResult<Record<string, unknown>> {
  const definition = COLLECTIONS[collection];
  const id = (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
  const isData = definition.extension === '.yaml';
  const { yaml: front, body } = isData ? { yaml: text, body: '' } : splitFrontmatter(text);
  let raw: unknown;
  try {
    raw = front === undefined ? {} : parseYaml(front, file);
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const parsed = definition.schema.safeParse(raw);
  if (!parsed.success) return { problems: formatSchemaIssues(file, parsed.error) };
  return { entry: { id, file, data: parsed.data as Record<string, unknown>, body }, problems: [] };
}

/** Reads one file from disk; see {@link parseEntry}. */
export function readEntryFile<N extends CollectionName>(collection: N, path: string): EntryResult<Record<string, unknown>> {
  return parseEntry(collection, path, readFileSync(path, 'utf8'));
}

/** Every entry of a collection under `root` (default: the working directory), in file-name order, with all problems. */
export function readCollection<N extends CollectionName>(
  collection: N,
  root = '.',
): { entries: EntryFile[]; problems: string[] } {
  const { folder, extension } = COLLECTIONS[collection];
  let names: string[];
  try {
    names = readdirSync(join(root, folder)).filter((name) => name.endsWith(extension)).sort();
  } catch {
    names = [];
  }
  const entries: EntryFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const result = readEntryFile(collection, join(root, folder, name));
    if (result.entry) entries.push(result.entry);
    else problems.push(...result.problems);
  }
  return { entries, problems };
}
