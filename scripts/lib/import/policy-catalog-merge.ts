/**
 * An imported regulation finds its place in the catalogue (content/policies/): a text whose title
 * or alias and version match an entry fills that entry — body, `fullText: true`, the dates the
 * text proves — and everything a maintainer wrote by hand stays; a new version of a catalogued
 * regulation becomes its own entry, linked by supersedes / supersededBy; `into` names the entry,
 * and a title or version that does not fit it is an error. Pure: entries in, file texts out.
 */
import { parseEntry } from '../../../src/lib/content/entry-file.ts';
import { titleKey } from '../../../src/lib/policy-titles.ts';
import { slugify } from '../../../src/lib/slug.ts';
import { KEY_ORDER, toYaml, type Frontmatter, type FrontmatterValue } from './emit-mdx.ts';
import { ImportError } from './errors.ts';

/** One catalogue entry as a file. */
export interface CatalogFile {
  /** Entry id (file name without .mdx), e.g. "zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018". */
  id: string;
  /** Full file text. */
  text: string;
}

/** An imported policy: its frontmatter and body as importText made them. */
export interface ImportedPolicy {
  frontmatter: Frontmatter;
  body: string;
  /** Input file, for messages. */
  file: string;
}

/** Options for {@link placePolicy}. */
export interface PlaceOptions {
  /** Entry the text belongs to (`--into`), e.g. "zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze". */
  into?: string | undefined;
  /** Replace the text of an entry that already has one; default false. */
  force?: boolean | undefined;
}

/** Where an import went and what changed. */
export interface Placement {
  /** Entry the text went into. */
  id: string;
  how: 'filled' | 'new' | 'new-version';
  /** Every entry file to write: the target and, for a new version, its neighbours; id → text. */
  files: Map<string, string>;
  /** What was kept, refined or linked, in Chinese, for the report. */
  notes: string[];
}

/** Fields the import owns on a filled entry: always the import's, never a maintainer's. */
const IMPORT_OWNED = ['fullText', 'headnote', 'source', 'repairs', 'missingArticles'] as const;
/** Fields the text can prove: filled when the entry has none, refined when the entry's is a less precise date. */
const PROVABLE = ['issuer', 'docNumber', 'issued', 'revised', 'effective', 'version'] as const;
const DATES = new Set(['issued', 'revised', 'effective']);

const yearOf = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? /^(\d{4})/.exec(String(value))?.[1] : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** Version year of imported data or of an entry: version, else the revision's year, else the issue's. */
export function versionYear(data: Record<string, unknown>): string | undefined {
  return yearOf(data['version']) ?? yearOf(data['revised']) ?? yearOf(data['issued']);
}

/** Whether an entry answers to `title` (its title or an alias, `(试行)` = `（试行）`). */
function answersTo(data: Record<string, unknown>, title: string): boolean {
  const key = titleKey(title);
  const names = [data['title'], ...(Array.isArray(data['aliases']) ? data['aliases'] : [])].filter((name): name is string => typeof name === 'string');
  return names.some((name) => titleKey(name) === key);
}

function describeVersion(data: Record<string, unknown>): string {
  const parts = [str(data['version']) && `版本 ${str(data['version'])}`, str(data['issued']) && `发布 ${str(data['issued'])}`, str(data['revised']) && `修订 ${str(data['revised'])}`];
  return parts.filter(Boolean).join('，') || '未写版本或日期';
}

/**
 * Place an imported regulation in the catalogue `entries` (the content/policies files).
 * Throws ImportError (nothing is written) when `into` names no entry or one with another title or
 * version, when several versions fit and the text does not say which, or when the entry already
 * holds a text and `force` is not set.
 */
export function placePolicy(imported: ImportedPolicy, entries: readonly CatalogFile[], options: PlaceOptions = {}): Placement {
  const parsed = entries.map(readEntry);
  const data = imported.frontmatter as Record<string, unknown>;
  const title = String(data['title']);
  const year = versionYear(data);
  const sameTitle = parsed.filter((entry) => answersTo(entry.data, title));

  if (options.into !== undefined) {
    const target = parsed.find((entry) => entry.id === options.into);
    if (!target) {
      throw new ImportError(imported.file, `--into ${options.into}：目录中没有这个条目`, `请写 content/policies 下的文件名（不含 .mdx）${sameTitle.length ? `，同名条目有：${sameTitle.map((e) => e.id).join('、')}` : ''}`);
    }
    if (!answersTo(target.data, title)) {
      throw new ImportError(imported.file, `标题「${title}」与条目 ${target.id} 的标题「${String(target.data['title'])}」及简称都不符`, '请核对 --into 指的条目；若确是同一法规，请先在该条目的 aliases 里加上这个标题');
    }
    const entryYear = versionYear(target.data);
    if (year && entryYear && year !== entryYear) {
      throw new ImportError(imported.file, `文本是 ${year} 年的版本，条目 ${target.id} 描述的是另一版本（${describeVersion(target.data)}）`, `请改用该版本的条目${sameTitle.length > 1 ? `（同名条目：${sameTitle.map((e) => e.id).join('、')}）` : ''}，或去掉 --into 让导入为新版本建立条目`);
    }
    return fill(target, imported, options);
  }

  if (sameTitle.length === 0) return create(imported, parsed, slugify(title, 99), [], 'new');
  let fitting = year ? sameTitle.filter((entry) => versionYear(entry.data) === year) : sameTitle;
  if (!year && fitting.length > 1 && data['effective']) {
    fitting = fitting.filter((entry) => str(entry.data['effective']) === str(data['effective']));
  }
  if (fitting.length === 1) return fill(fitting[0]!, imported, options);
  if (fitting.length > 1 || !year) {
    throw new ImportError(imported.file, `目录中有 ${sameTitle.length} 个「${title}」的版本（${sameTitle.map((e) => `${e.id}：${describeVersion(e.data)}`).join('；')}），文本没有说明是哪一版`, '请用 --into <条目> 指明要填入的条目');
  }
  return create(imported, parsed, `${slugify(title, 99)}-${year}`, sameTitle, 'new-version');
}

type Parsed = CatalogFile & { data: Record<string, unknown> };

/** An entry's validated frontmatter (the site's one entry reader); an invalid entry stops the import. */
function readEntry(entry: CatalogFile): Parsed {
  const file = `content/policies/${entry.id}.mdx`;
  const result = parseEntry('policies', file, entry.text);
  if (!result.entry) throw new ImportError(file, `目录条目本身有问题：${result.problems.join('；')}`, '请先改正这个条目再导入');
  return { ...entry, data: result.entry.data };
}

function fill(target: Parsed, imported: ImportedPolicy, options: PlaceOptions): Placement {
  if (target.data['fullText'] === true && !options.force) {
    throw new ImportError(imported.file, `条目 ${target.id} 已有全文`, '如要用这个文本替换，请加 --force');
  }
  const notes: string[] = [];
  const values = imported.frontmatter;
  const edits: Frontmatter = {};
  for (const key of IMPORT_OWNED) edits[key] = values[key];
  for (const key of PROVABLE) {
    const found = values[key];
    if (found === undefined) continue;
    const own = str(target.data[key]);
    if (own === undefined) {
      edits[key] = found;
      notes.push(`${key} 原为空，填入文本中的「${String(found)}」`);
    } else if (own !== String(found)) {
      if (DATES.has(key) && String(found).startsWith(`${own}-`)) {
        edits[key] = found;
        notes.push(`${key}「${own}」按文本精确为「${String(found)}」`);
      } else {
        notes.push(`${key} 保留条目手写的「${own}」（文本为「${String(found)}」，请核对）`);
      }
    }
  }
  if (str(target.data['kind']) !== undefined && target.data['kind'] !== values['kind']) {
    notes.push(`kind 保留条目手写的「${String(target.data['kind'])}」`);
  }
  if (values['draft'] === true && target.data['draft'] !== true) {
    edits['draft'] = true;
    notes.push('文本有未能确定的项，条目暂设为 draft，核对后请改回');
  }
  const text = `---\n${editYaml(frontmatterLines(target.text), edits).join('\n')}\n---\n\n${imported.body.trim()}\n`;
  // A kept hand-written value must still agree with what the text proves (施行 not before 发布).
  const check = parseEntry('policies', `content/policies/${target.id}.mdx`, text);
  if (!check.entry) {
    const kept = notes.filter((note) => note.includes('保留条目手写'));
    throw new ImportError(
      `content/policies/${target.id}.mdx`,
      `填入文本后条目不能通过校验：${check.problems.map((problem) => problem.replace(/^.*? → /, '')).join('；')}`,
      kept.length ? `条目里手写的值与文本不一致（${kept.join('；')}）：请核对后改正条目的手写值，再重新导入` : '请核对条目的手写字段与文本',
    );
  }
  notes.unshift(`填入目录条目 ${target.id}（保留手写的字段）`);
  return { id: target.id, how: 'filled', files: new Map([[target.id, text]]), notes };
}

/**
 * A new entry; for a new version of catalogued ones (`versions`, same title), placed in the chain
 * by version year: supersedes the newest older one, superseded by the oldest newer one, whose
 * links are rewritten to go through it.
 */
function create(imported: ImportedPolicy, entries: readonly Parsed[], id: string, versions: readonly Parsed[], how: Placement['how']): Placement {
  if (entries.some((entry) => entry.id === id)) {
    throw new ImportError(imported.file, `要新建的条目 ${id} 已存在，但标题或版本与文本不符`, '请用 --into 指明条目，或核对文本的标题与版本');
  }
  const year = Number(versionYear(imported.frontmatter as Record<string, unknown>));
  const dated = versions.map((entry) => ({ entry, year: Number(versionYear(entry.data)) })).filter((v) => Number.isFinite(v.year));
  const older = dated.filter((v) => v.year < year).sort((a, b) => b.year - a.year)[0]?.entry;
  const newer = dated.filter((v) => v.year > year).sort((a, b) => a.year - b.year)[0]?.entry;
  const data: Frontmatter = { ...imported.frontmatter };
  const notes: string[] = [`新建条目 ${id}`];
  const files = new Map<string, string>();
  if (older) data['supersedes'] = [older.id];
  if (newer) {
    data['supersededBy'] = newer.id;
    data['status'] = '已修订';
  }
  files.set(id, `---\n${toYaml(data)}\n---\n\n${imported.body.trim()}\n`);
  if (older) {
    const edits: Frontmatter = { supersededBy: id };
    if (str(older.data['status']) === '现行有效' || older.data['status'] === undefined) edits['status'] = '已修订';
    files.set(older.id, withFrontmatter(older.text, editYaml(frontmatterLines(older.text), edits)));
    notes.push(`旧版本 ${older.id} 改为 supersededBy: ${id}`);
  }
  if (newer) {
    const list = Array.isArray(newer.data['supersedes']) ? newer.data['supersedes'].filter((v): v is string => typeof v === 'string') : [];
    const supersedes = [...list.filter((v) => v !== older?.id), id];
    files.set(newer.id, withFrontmatter(newer.text, editYaml(frontmatterLines(newer.text), { supersedes })));
    notes.push(`新版本 ${newer.id} 的 supersedes 改为 ${supersedes.join('、')}`);
  }
  return { id, how, files, notes };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

function frontmatterLines(text: string): string[] {
  const match = FRONTMATTER.exec(text);
  return match ? match[1]!.split(/\r?\n/) : [];
}

/** `text` with its frontmatter lines replaced by `lines`, the body untouched. */
function withFrontmatter(text: string, lines: readonly string[]): string {
  return text.replace(FRONTMATTER, () => `---\n${lines.join('\n')}\n---`);
}

/**
 * Set (or, for undefined values, remove) keys in YAML frontmatter lines, leaving every other line
 * — a maintainer's formatting and comments — as it was. A key's value may run over indented
 * continuation lines; new keys go after the last key that precedes them in KEY_ORDER.
 */
export function editYaml(lines: readonly string[], edits: Readonly<Frontmatter>): string[] {
  const out = [...lines];
  const keyAt = (index: number) => /^([A-Za-z][\w-]*)\s*:/.exec(out[index] ?? '')?.[1];
  const extent = (start: number) => {
    let end = start + 1;
    while (end < out.length && /^(\s+\S|-\s)/.test(out[end]!)) end++;
    return end;
  };
  for (const [key, value] of Object.entries(edits)) {
    const rendered = value === undefined ? undefined : toYaml({ [key]: value as FrontmatterValue });
    const start = out.findIndex((_, index) => keyAt(index) === key);
    if (start >= 0) {
      out.splice(start, extent(start) - start, ...(rendered === undefined ? [] : [rendered]));
      continue;
    }
    if (rendered === undefined) continue;
    const rank = KEY_ORDER.indexOf(key);
    let at = 0;
    out.forEach((_, index) => {
      const other = keyAt(index);
      const otherRank = other ? KEY_ORDER.indexOf(other) : -1;
      if (other && (rank < 0 || (otherRank >= 0 && otherRank < rank))) at = extent(index);
    });
    out.splice(at, 0, rendered);
  }
  return out;
}
