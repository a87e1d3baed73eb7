/**
 * Runs the editorial records of scripts/sources/ over ../shared/sources: every part of every
 * record is cut out of its file, repaired as recorded, imported with importText and, for
 * regulations, placed in the catalogue (policy-catalog-merge.ts). Returns the entry files as they
 * should be; the command (scripts/import-sources.ts) writes them or, with --check, compares.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEntry } from '../../../src/lib/content/entry-file.ts';
import { ImportError } from './errors.ts';
import { importText, type ImportResult } from './index.ts';
import { placePolicy, type CatalogFile } from './policy-catalog-merge.ts';
import { decodeFile } from './read-source.ts';
import { formatReport } from './report.ts';
import type { SourcePart, SourceRecord, SourceRepair } from './source-record.ts';

/** Options for {@link runSourceRecords}. */
export interface SourceRunOptions {
  records: readonly SourceRecord[];
  /** Folder the records' `file` paths are relative to, e.g. "../shared/sources". */
  sourcesDir: string;
  /** Folder of the collections, default "content". */
  contentDir?: string;
  /** Date for `added` of entries that do not exist yet; default today. */
  today?: string;
}

/** Outcome of {@link runSourceRecords}. */
export interface SourceRunResult {
  /** Entry files as the records make them: path (contentDir/collection/id.mdx) → text. */
  files: Map<string, string>;
  /** Report lines per part, in Chinese. */
  report: string[];
  /** Problems; when there is any, nothing should be written. */
  problems: ImportError[];
}

/** True for a value shaped like a SourceRecord (a module of scripts/sources may export helpers too). */
function isRecord(value: unknown): value is SourceRecord {
  return typeof value === 'object' && value !== null && typeof (value as SourceRecord).file === 'string' && Array.isArray((value as SourceRecord).parts);
}

/** Every record exported by the modules of `dir` (default scripts/sources), in file-name order. */
export async function loadSourceRecords(dir = 'scripts/sources'): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const module = (await import(pathToFileURL(resolve(dir, name)).href)) as Record<string, unknown>;
    records.push(...Object.values(module).filter(isRecord));
  }
  return records;
}

/**
 * The part's text with its repairs made. Each `found` must start on its line; the line count is
 * kept (a repair that joins lines leaves blank lines after the joined one), so line numbers in
 * reports stay those of the file.
 */
export function applyRepairs(lines: readonly string[], from: number, repairs: readonly SourceRepair[], file: string): string[] {
  const out = [...lines];
  for (const repair of repairs) {
    const index = repair.line - from;
    const text = out.slice(index).join('\n');
    const at = text.indexOf(repair.found);
    if (index < 0 || index >= out.length || at < 0 || text.slice(0, at).includes('\n')) {
      throw new ImportError(`${file}:${repair.line}`, `编辑记录的修复「${repair.found.replace(/\n/g, '⏎')}」不在这一行`, '来源文件可能已变：请核对编辑记录里的行号和原文');
    }
    const span = (repair.found.match(/\n/g) ?? []).length;
    const replaced = out.slice(index, index + span + 1).join('\n').replace(repair.found, repair.shown).split('\n');
    const kept = [...replaced, ...Array<string>(Math.max(0, span + 1 - replaced.length)).fill('')];
    out.splice(index, span + 1, ...kept);
  }
  return out;
}

function readCatalog(dir: string): CatalogFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.replace(/\.mdx$/, ''), text: readFileSync(join(dir, name), 'utf8') }));
}

/** The `source` line of a part: the record's origin and, for part of a file, the lines. */
function sourceLine(record: SourceRecord, part: SourcePart, total: number): string {
  const [from, to] = part.lines ?? [1, total];
  return from === 1 && to >= total ? record.origin : `${record.origin}，第 ${from}–${to} 行`;
}

/** Import every part of every record; see {@link SourceRunResult}. */
export async function runSourceRecords(options: SourceRunOptions): Promise<SourceRunResult> {
  const contentDir = options.contentDir ?? 'content';
  const files = new Map<string, string>();
  const report: string[] = [];
  const problems: ImportError[] = [];
  const catalogs = new Map<string, CatalogFile[]>();
  const catalog = (collection: string) => {
    let entries = catalogs.get(collection);
    if (!entries) catalogs.set(collection, (entries = readCatalog(join(contentDir, collection))));
    return entries;
  };

  for (const record of options.records) {
    const path = join(options.sourcesDir, record.file);
    let decoded;
    try {
      decoded = await decodeFile(path);
    } catch (error) {
      if (error instanceof ImportError) problems.push(error);
      else throw error;
      continue;
    }
    const all = decoded.text.replace(/\r\n?/g, '\n').split('\n');
    for (const part of record.parts) {
      try {
        const [from, to] = part.lines ?? [1, all.length];
        if (from < 1 || to > all.length || from > to) {
          throw new ImportError(record.file, `编辑记录的行范围 ${from}–${to} 超出文件（共 ${all.length} 行）`, '请核对编辑记录里的行号');
        }
        const lines = applyRepairs(all.slice(from - 1, to), from, part.repairs ?? [], record.file);
        const existing = part.into ? catalog(part.collection).find((entry) => entry.id === part.into) : undefined;
        const added = existing ? parseEntry(part.collection, `${part.collection}/${existing.id}.mdx`, existing.text).entry?.data['added'] : undefined;
        const result: ImportResult = importText(lines.join('\n'), {
          collection: part.collection,
          fileName: record.file,
          format: decoded.format,
          encoding: decoded.encoding,
          firstLineNumber: from,
          ...(options.today ? { today: options.today } : {}),
          metadata: { source: sourceLine(record, part, all.length), ...(typeof added === 'string' && part.collection !== 'policies' ? { added } : {}), ...part.metadata },
          ...(part.collection === 'policies' ? { policy: { missingArticles: part.missingArticles ?? [], repairs: part.repairs ?? [] } } : {}),
        });
        if (part.collection === 'policies') {
          const entries = catalog('policies');
          const placed = placePolicy({ frontmatter: result.frontmatter, body: result.body, file: record.file }, entries, { into: part.into, force: true });
          for (const [id, text] of placed.files) {
            const index = entries.findIndex((entry) => entry.id === id);
            if (index >= 0) entries[index] = { id, text };
            else entries.push({ id, text });
            files.set(join(contentDir, 'policies', `${id}.mdx`), text);
          }
          result.report.target = `${placed.id}.mdx`;
          result.report.placement = placed.notes;
          report.push(...formatReport(result.report));
        } else {
          const id = part.into ?? result.slug;
          files.set(join(contentDir, part.collection, `${id}.mdx`), result.mdx);
          result.report.target = `${id}.mdx`;
          report.push(...formatReport(result.report));
        }
      } catch (error) {
        if (error instanceof ImportError) problems.push(error);
        else throw error;
      }
    }
  }
  return { files, report, problems };
}
