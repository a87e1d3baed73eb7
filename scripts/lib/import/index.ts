/**
 * Import pipeline (issue 3): decode → normalise → strip junk → infer metadata → structure →
 * escape → frontmatter + MDX. Every step is a pure function exported here for scripts/seeds/
 * and the CLI (scripts/import.ts); only runImport touches the file system.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { slugify } from '../../../src/lib/slug.ts';
import { ENCODING_LABELS, type TextEncoding } from './decode.ts';
import { emitMdx, validateFrontmatter, type Frontmatter } from './emit-mdx.ts';
import { ImportError } from './errors.ts';
import { applyJunkRules, type JunkRemoval } from './junk.ts';
import { guessDimensions, guessMaterialKind, guessPolicyKind, guessScenarios, inferMetadata, parseDate, type MetadataFinding } from './metadata.ts';
import { normalizeLines, normalizePunctuation } from './normalize.ts';
import { decodeFile, EXTENSIONS, type SourceFormat } from './read-source.ts';
import { frontMatterList, frontMatterText, readFrontMatter } from './front-matter.ts';
import { neutraliseUnsafeLinks, replaceLinks } from './link-safety.ts';
import { articleGaps, closeLayoutSpaces, recognisePolicyText, splitTitleVersion, stripMarkdownMarks } from './policy-text.ts';
import { parseChineseNumber, toChineseNumber } from '../../../src/lib/policy-titles.ts';
import { splitCompilation } from './split.ts';
import { plainParagraphs, toMarkdown, type Collection, type SourceLine, type StructureReport } from './structure.ts';
import { placePolicy, type CatalogFile } from './policy-catalog-merge.ts';
import { checkTargets, writeAllOrNothing, type PlannedFile } from './write-atomic.ts';

export { decodeBytes, ENCODING_LABELS, plausibility, type TextEncoding } from './decode.ts';
export { decodeFile, formatOf, DEFAULT_MAX_BYTES, type DecodedFile, type SourceFormat } from './read-source.ts';
export { readDocx, htmlToLines, isLegacyDoc } from './read-docx.ts';
export { normalizeLines, normalizePunctuation, isCjk } from './normalize.ts';
export { applyJunkRules, JUNK_RULES, type JunkRule, type JunkRemoval, type JunkResult } from './junk.ts';
export { toMarkdown, plainParagraphs, isProblemStatement, parseLabel, listNumber, isTitleLike, countEnumeration, ITEM_LABELS, type Collection, type SourceLine, type StructureOptions, type StructureReport } from './structure.ts';
export { inferMetadata, detectScript, parseDate, isTitleCandidate, guessMaterialKind, guessPolicyKind, guessScenarios, guessDimensions, type InferredMetadata, type MetadataFinding } from './metadata.ts';
export { escapeMdx, escapeMdxBlock, escapeMdxKeepMarkdown } from './escape-mdx.ts';
export { emitMdx, toYaml, validateFrontmatter, SCHEMAS, type Frontmatter } from './emit-mdx.ts';
export { writeAllOrNothing, checkTargets, type PlannedFile } from './write-atomic.ts';
export { placePolicy, editYaml, versionYear, type CatalogFile, type Placement } from './policy-catalog-merge.ts';
export { splitCompilation, isSectionStart, SECTION_KEYWORDS, type CompilationPart } from './split.ts';
export { ImportError, formatProblem } from './errors.ts';
export { readFrontMatter, type FrontMatter } from './front-matter.ts';
export { neutraliseUnsafeLinks, replaceLinks, type RemovedLink } from './link-safety.ts';
export { splitTitleVersion, stripMarkdownMarks, closeLayoutSpaces, articleGaps, parseIssueNote, parseDocNumber, recognisePolicyText, type PolicyFields } from './policy-text.ts';
export { formatReport } from './report.ts';
export { parseArgs, USAGE } from './cli-args.ts';

/** Collections the importer can write, in CLI order. */
export const COLLECTIONS: readonly Collection[] = ['policies', 'templates', 'materials'];

/** Options for importText. */
export interface ImportTextOptions {
  /** Target collection, e.g. "templates". */
  collection: Collection;
  /** Input file name (path or base name): used for `source`, the fallback title and messages. */
  fileName: string;
  /** Frontmatter to set instead of what is inferred, e.g. { title, scenario: ['组织生活会'] }. */
  metadata?: Partial<Frontmatter>;
  /** How the text was written; default "text" (.md: "markdown", .docx: "docx"). */
  format?: SourceFormat;
  /** Encoding found by decodeFile, for the report only. */
  encoding?: TextEncoding | 'docx';
  /** Line number of the text's first line in the input file (for parts of a compilation); default 1. */
  firstLineNumber?: number;
  /** Date for `added`, e.g. "2026-11-22"; default today. */
  today?: string;
  /** Mark the entry draft even when everything was decided; default false. */
  draft?: boolean;
  /** Every line a plain paragraph (forms and notices, see plainParagraphs); default false. */
  plain?: boolean;
  /** Editorial facts about a regulation text (from an editorial record), e.g. { missingArticles: [20] }. */
  policy?: PolicyEditorial;
}

/** A repair of a damaged source, shown as such on the page. */
export interface PolicyRepair {
  /** 1-based line of the source file, e.g. 586. */
  line: number;
  /** Text as the source has it, e.g. "中国共产党展党员工作细则". */
  found: string;
  /** Text as shown, e.g. "中国共产党发展党员工作细则". */
  shown: string;
  /** Why, in Chinese, e.g. "“发”字脱落；同一来源第589、596行作“发展党员”". */
  note: string;
}

/** Editorial facts an importer cannot find in the text itself. */
export interface PolicyEditorial {
  /** Articles the source skips, shown as missing and never supplied, e.g. [20]. */
  missingArticles?: readonly number[];
  /** Repairs made to the source text before import (see scripts/sources/). */
  repairs?: readonly PolicyRepair[];
}

/** What happened to one document, for people. */
export interface ImportReport {
  /** Input file name. */
  file: string;
  /** Line range of the document in the input, e.g. [1, 36]. */
  lines: [number, number];
  encoding?: TextEncoding | 'docx';
  format: SourceFormat;
  collection: Collection;
  /** Every piece of junk removed, with the rule. */
  junk: JunkRemoval[];
  structure: StructureReport;
  /** Metadata found in the text and moved to frontmatter. */
  metadata: MetadataFinding[];
  /** Values guessed from keywords or the title, in Chinese; worth a look. */
  guessed: string[];
  /** What could not be decided (a fallback was used and the entry marked draft), in Chinese. */
  undecided: string[];
  /** Clean-up done that changes no words (front matter read, Markdown marks, layout spaces, unsafe links), in Chinese. */
  cleanup: string[];
  /** Policies: where the text went in the catalogue and which fields were kept or filled, in Chinese. */
  placement?: string[];
  /** File name chosen, e.g. "lun-jian-xing-liang-xue-yi-zuo.mdx". */
  target: string;
}

/** Result of importing one document. */
export interface ImportResult {
  /** Frontmatter written (already validated against the collection's schema). */
  frontmatter: Frontmatter;
  /** MDX body. */
  body: string;
  /** Full file text: frontmatter + body. */
  mdx: string;
  /** Slug of the title (file name without .mdx), via slugify from src/lib/slug.ts. */
  slug: string;
  report: ImportReport;
}

const METADATA_FIELDS: Record<Collection, Set<string>> = {
  materials: new Set(['title', 'date', 'author', 'organization', 'publication']),
  templates: new Set(['title']),
  policies: new Set(['title', 'date']),
  // 文书范本 come through an editorial record that sets every field; nothing is moved out of the text.
  documents: new Set(),
};

/** Today as YYYY-MM-DD in local time. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** File name without directories and extension, e.g. "seeds/002_x.txt" → "002_x". */
function stem(fileName: string): string {
  return basename(fileName, extname(fileName));
}

/**
 * Import one document's text: junk removed, punctuation normalised, metadata moved to
 * frontmatter, structure as Markdown/Items, text escaped for MDX; frontmatter validated.
 * Throws ImportError when the frontmatter does not pass the schema.
 * Example: importText(text, { collection: 'materials', fileName: '002.txt' }).mdx
 */
export function importText(text: string, options: ImportTextOptions): ImportResult {
  const { collection, fileName } = options;
  const format = options.format ?? 'text';
  const first = options.firstLineNumber ?? 1;
  const cleanup: string[] = [];
  const isPolicy = collection === 'policies';

  // Markdown from a Jekyll or Hugo site: front matter gives fields, never body text or a title 「---」.
  const front = format === 'markdown' ? readFrontMatter(text, fileName) : undefined;
  const fromFront = front ? frontMatterFields(front.data, collection, cleanup) : {};
  let source = front?.text ?? text;
  // Markdown kept as Markdown: a link the build would refuse loses its URL here, not at build
  // time. A regulation keeps no links at all: their texts stay, their URLs go.
  if (format === 'markdown') {
    const safe = isPolicy ? replaceLinks(source, () => true) : neutraliseUnsafeLinks(source);
    source = safe.text;
    for (const link of safe.removed) {
      cleanup.push(`第 ${link.line + first - 1} 行的链接${isPolicy ? '只保留文字，地址' : '地址'}「${link.url.slice(0, 40)}」${isPolicy ? '不录入' : '不安全，已去掉地址、保留文字'}`);
    }
  }
  let raw: SourceLine[] = normalizeLines(source).map((line, index) => ({ text: line, line: index + first }));
  // Regulations: Markdown marks a website or converter added (## before every 第N条) are not structure.
  if (isPolicy) {
    const { lines: stripped, marks } = stripMarkdownMarks(raw);
    raw = stripped;
    if (marks.headings) cleanup.push(`去掉 ${marks.headings} 行行首的 Markdown 标题符号（#）`);
    if (marks.emphasis) cleanup.push(`去掉 ${marks.emphasis} 处 Markdown 加粗符号`);
  }
  const junk = applyJunkRules(raw.map((line) => line.text), undefined, first);
  const lines: SourceLine[] = junk.lines.map((line, index) => ({ text: normalizePunctuation(line), line: junk.lineNumbers[index]! }));
  const found = inferMetadata(lines, { fields: METADATA_FIELDS[collection] });
  const overrides: Partial<Frontmatter> = { ...fromFront, ...options.metadata };
  const undecided = [...found.undecided];
  const guessed: string[] = [];
  if (overrides.title) undecided.splice(0, undecided.length, ...undecided.filter((entry) => !entry.startsWith('无法确定标题')));
  let title = (overrides.title as string | undefined) ?? found.metadata.title ?? stem(fileName);
  if (!overrides.title && !found.metadata.title) {
    const index = undecided.findIndex((entry) => entry.startsWith('无法确定标题'));
    if (index >= 0) undecided[index] += `，暂用文件名「${title}」`;
  }
  // A version year after a regulation's title ("…条例 2018") belongs in `version`, not in the title.
  let version: string | undefined;
  if (isPolicy && !options.metadata?.title) {
    const split = splitTitleVersion(title);
    if (split.version) {
      guessed.push(`标题末尾的年份「${split.version}」是版本年份，移入 version，标题为「${split.title}」`);
      ({ title, version } = split);
    }
  }

  // Policies: 文号 / issue note / issuer lines at the head become frontmatter (policy-text.ts, issue 6).
  const policyText = isPolicy ? recognisePolicyText(found.lines, found.metadata.date) : undefined;
  let bodyLines = policyText?.lines ?? found.lines;
  if (isPolicy) {
    let closed = 0;
    bodyLines = bodyLines.map((line) => {
      const { text: closedText, count } = closeLayoutSpaces(line.text);
      closed += count;
      return { ...line, text: closedText };
    });
    if (closed) cleanup.push(`去掉汉字、数字之间的排版空格 ${closed} 处（转换留下的，不改动文字）`);
  }
  const structure = options.plain ? plainParagraphs(bodyLines) : toMarkdown(bodyLines, {
    collection,
    markdown: format === 'markdown' && !isPolicy,
    markdownHeadings: format === 'docx' && !isPolicy,
    context: title,
  });
  const plain = lines.map((line) => line.text).join('\n');
  const data: Frontmatter = { title };
  const fill = <T extends string | readonly string[]>(key: string, value: T | undefined, fallback: T, label: string, how = '按关键词推断') => {
    if (overrides[key] !== undefined) return;
    if (value !== undefined && (typeof value === 'string' || value.length > 0)) {
      data[key] = value;
      guessed.push(`${label}${how}为「${[value].flat().join('、')}」`);
    } else {
      data[key] = fallback;
      undecided.push(`无法判断${label}，暂填「${[fallback].flat().join('、')}」`);
    }
  };
  if (collection === 'materials') {
    fill('kind', guessMaterialKind(plain), '经验交流', '类别 kind');
    Object.assign(data, {
      author: found.metadata.author,
      organization: found.metadata.organization,
      publication: found.metadata.publication,
      date: found.metadata.date,
      script: found.metadata.script,
    });
  } else if (collection === 'templates') {
    fill('scenario', guessScenarios(`${title}\n${plain}`), ['年度党建工作总结'], '场景 scenario');
    fill('dimension', guessDimensions(`${title}\n${plain}`), ['组织建设'], '方面 dimension');
  } else if (collection === 'policies') {
    fill('kind', guessPolicyKind(title), '办法', '类别 kind', '由标题结尾推断');
    if (found.metadata.date) data['issued'] = found.metadata.date;
    if (policyText) {
      Object.assign(data, policyText.fields);
      guessed.push(...policyText.findings);
    }
    if (version) data['version'] = version;
    Object.assign(data, policyEditorialFields(structure.report.articleLabels, options.policy, fileName, undecided));
    data['fullText'] = true;
  }
  if (found.metadata.script === 'zh-Hant' && collection !== 'materials') {
    guessed.push('正文为繁体中文（zh-Hant），该集合没有 script 字段');
  }
  data['source'] = basename(fileName);
  data['added'] = options.today ?? todayIso();
  Object.assign(data, overrides);
  // Anything left undecided keeps the entry out of listings and search until a person checks it.
  data['draft'] = overrides['draft'] ?? (options.draft || undecided.length > 0);

  const slug = slugify(String(data['title']));
  validateFrontmatter(collection, data, fileName);
  const lastLine = junk.lineNumbers.filter((_, index) => junk.lines[index]!.trim()).pop() ?? first;
  const report: ImportReport = {
    file: fileName,
    lines: [first, Math.max(first, lastLine)],
    ...(options.encoding ? { encoding: options.encoding } : {}),
    format,
    collection,
    junk: junk.removals,
    structure: structure.report,
    metadata: found.findings,
    guessed,
    undecided,
    cleanup,
    target: `${slug}.mdx`,
  };
  return { frontmatter: data, body: structure.body, mdx: emitMdx(data, structure.body), slug, report };
}

/** Front-matter keys the importer maps, per collection, to the entry field of the same meaning. */
const FRONT_MATTER_KEYS: Record<Collection, Record<string, string>> = {
  materials: { title: 'title', summary: 'summary', description: 'summary', tags: 'tags', author: 'author', date: 'date' },
  templates: { title: 'title', summary: 'summary', description: 'summary', tags: 'tags' },
  policies: { title: 'title', summary: 'summary', description: 'summary', tags: 'tags', aliases: 'aliases' },
  documents: { title: 'title', summary: 'summary', description: 'summary', tags: 'tags' },
};

/** Entry fields from a Markdown file's front matter; what is used and left is said in `cleanup`. */
function frontMatterFields(data: Record<string, unknown>, collection: Collection, cleanup: string[]): Partial<Frontmatter> {
  const out: Partial<Frontmatter> = {};
  const used: string[] = [];
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = FRONT_MATTER_KEYS[collection][key];
    let mapped: Frontmatter[string];
    if (field === 'tags' || field === 'aliases') {
      // Tags longer than the schema allows (20 characters) would fail the whole import.
      const list = frontMatterList(value).filter((item) => field !== 'tags' || [...item].length <= 20);
      mapped = list.length ? list : undefined;
    } else if (field === 'date') {
      const text = frontMatterText(value);
      mapped = text ? parseDate(text.slice(0, 10)) : undefined;
    } else if (field) {
      mapped = frontMatterText(value);
    }
    if (field && mapped !== undefined && out[field] === undefined) {
      out[field] = mapped;
      used.push(`${key} → ${field}`);
    } else ignored.push(key);
  }
  if (used.length || ignored.length) {
    cleanup.push(`读取开头的 YAML front matter：${used.length ? `采用 ${used.join('、')}` : '没有可用字段'}${ignored.length ? `；未用 ${ignored.join('、')}` : ''}`);
  }
  return out;
}

/**
 * missingArticles / repairs for a regulation's frontmatter. Article numbers the text skips must be
 * declared missing by an editorial record (then the page says so); undeclared gaps and repeated
 * numbers go to `undecided`. An article declared missing that the text has is an error.
 */
function policyEditorialFields(labels: readonly string[], editorial: PolicyEditorial | undefined, file: string, undecided: string[]): Partial<Frontmatter> {
  const { missing, repeated } = articleGaps(labels);
  const declared = [...(editorial?.missingArticles ?? [])].sort((a, b) => a - b);
  const present = new Set(labels.map((label) => parseChineseNumber(/^第(.+?)条$/u.exec(label)?.[1] ?? '')));
  for (const number of declared) {
    if (present.has(number)) {
      throw new ImportError(file, `编辑记录说第${toChineseNumber(number)}条在来源中缺失，但文本里有这一条`, '请从编辑记录的 missingArticles 中删去这个条号');
    }
  }
  const undeclared = missing.filter((number) => !declared.includes(number));
  if (undeclared.length) {
    undecided.push(`条号不连续：缺${undeclared.map((n) => `第${toChineseNumber(n)}条`).join('、')}。若来源确实缺这些条，请在编辑记录里写明 missingArticles，页面会标出缺失；不要从别处补录`);
  }
  if (repeated.length) undecided.push(`条号重复：${repeated.map((n) => `第${toChineseNumber(n)}条`).join('、')}出现不止一次，请核对来源`);
  const out: Partial<Frontmatter> = {};
  if (declared.length) out['missingArticles'] = declared;
  if (editorial?.repairs?.length) out['repairs'] = editorial.repairs.map((repair) => ({ ...repair }));
  return out;
}

/** Options for importFile and runImport. */
export interface ImportFileOptions {
  collection: Collection;
  /** Split compilations like seed 001 into one entry per section: "auto" (default) when a long file has 3+ sections. */
  split?: 'auto' | 'always' | 'never';
  /** Size limit in bytes; default 5 MB. */
  maxBytes?: number;
  /** Date for `added`; default today. */
  today?: string;
}

/**
 * Read, decode and import one file; a compilation yields several results (draft entries).
 * Throws ImportError for bad input.
 */
export async function importFile(path: string, options: ImportFileOptions): Promise<ImportResult[]> {
  const decoded = await decodeFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  const base = { collection: options.collection, fileName: path, format: decoded.format, encoding: decoded.encoding, ...(options.today ? { today: options.today } : {}) };
  const split = options.split ?? 'auto';
  if (decoded.format === 'text' && split !== 'never') {
    const parts = splitCompilation(normalizeLines(decoded.text));
    // A preamble that is only junk (seed 001's opening line) joins the first section.
    const preamble = parts[0];
    if (preamble && !preamble.title && parts[1] && !applyJunkRules(preamble.lines).lines.some((line) => line.trim())) {
      parts.splice(0, 2, { ...parts[1], startLine: preamble.startLine, lines: [...preamble.lines, ...parts[1].lines] });
    }
    if (split === 'always' || (parts.length >= 3 && decoded.text.length > 20_000)) {
      return parts.map((part) =>
        importText(part.lines.join('\n'), {
          ...base,
          firstLineNumber: part.startLine,
          draft: true,
          ...(part.title ? {} : { metadata: { title: `${stem(path)} 开头部分` } }),
        }),
      );
    }
  }
  return [importText(decoded.text, base)];
}

/** Input files under the given paths: files as given, directories listed (sorted, README skipped). */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      files.push(path); // decodeFile reports the missing file
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    for (const name of (await readdir(path)).sort()) {
      const full = join(path, name);
      if ((await stat(full)).isDirectory()) continue;
      if (/^readme\./i.test(name) || !(extname(name).toLowerCase() in EXTENSIONS)) skipped.push(full);
      else files.push(full);
    }
  }
  return { files, skipped };
}

/** Options for runImport (the CLI). */
export interface RunOptions extends ImportFileOptions {
  /** Output directory; default content/<collection>. For policies it is the catalogue the texts are placed in. */
  out?: string;
  /** Policies: the catalogue entry the (single) text fills, e.g. "zhong-guo-gong-chan-dang-zhang-cheng". */
  into?: string;
  /** Overwrite existing targets; default false. */
  force?: boolean;
  /** Report only, write nothing; default false. */
  dryRun?: boolean;
}

/** Outcome of runImport. */
export interface RunResult {
  results: { path: string; result: ImportResult }[];
  problems: ImportError[];
  skipped: string[];
  written: number;
}

/**
 * Import every file under `paths`; write all outputs or, if any file has a problem, none.
 * Slugs taken twice in one run get "-2", "-3"…
 */
export async function runImport(paths: readonly string[], options: RunOptions): Promise<RunResult> {
  const { files, skipped } = await expandPaths(paths);
  const out = options.out ?? join('content', options.collection);
  if (options.collection === 'policies') return runPolicyImport(files, skipped, out, options);
  const results: RunResult['results'] = [];
  const problems: ImportError[] = [];
  const taken = new Set<string>();
  for (const file of files) {
    try {
      for (const result of await importFile(file, options)) {
        let slug = result.slug;
        for (let n = 2; taken.has(slug); n++) slug = `${result.slug}-${n}`;
        taken.add(slug);
        result.report.target = `${slug}.mdx`;
        results.push({ path: join(out, `${slug}.mdx`), result });
      }
    } catch (error) {
      if (error instanceof ImportError) problems.push(error);
      else throw error;
    }
  }
  let written = 0;
  const planned: PlannedFile[] = results.map(({ path, result }) => ({ path, content: result.mdx }));
  try {
    if (options.dryRun) checkTargets(planned, { force: options.force ?? false });
    else if (problems.length === 0 && planned.length > 0) {
      await writeAllOrNothing(planned, { force: options.force ?? false });
      written = planned.length;
    }
  } catch (error) {
    if (error instanceof ImportError) problems.push(error);
    else throw error;
  }
  return { results, problems, skipped, written };
}

/**
 * Regulations go into the catalogue in `out` (policy-catalog-merge.ts): a text fills its entry,
 * a new version gets its own entry linked to its neighbours, `into` names the entry. Every file
 * to write is planned first; any problem means nothing is written.
 */
async function runPolicyImport(files: readonly string[], skipped: string[], out: string, options: RunOptions): Promise<RunResult> {
  const results: RunResult['results'] = [];
  const problems: ImportError[] = [];
  const catalog: CatalogFile[] = existsSync(out)
    ? (await readdir(out))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => ({ id: name.slice(0, -4), text: readFileSync(join(out, name), 'utf8') }))
    : [];
  const planned = new Map<string, string>();
  for (const file of files) {
    try {
      for (const result of await importFile(file, { ...options, split: 'never' })) {
        const placed = placePolicy({ frontmatter: result.frontmatter, body: result.body, file }, catalog, { into: options.into, force: options.force });
        for (const [id, text] of placed.files) {
          const index = catalog.findIndex((entry) => entry.id === id);
          if (index >= 0) catalog[index] = { id, text };
          else catalog.push({ id, text });
          planned.set(join(out, `${id}.mdx`), text);
        }
        result.report.target = `${placed.id}.mdx`;
        result.report.placement = placed.notes;
        results.push({ path: join(out, `${placed.id}.mdx`), result });
      }
    } catch (error) {
      if (error instanceof ImportError) problems.push(error);
      else throw error;
    }
  }
  let written = 0;
  if (!options.dryRun && problems.length === 0 && planned.size > 0) {
    try {
      // Entries that exist are filled or relinked on purpose (placePolicy refused what needs --force).
      await writeAllOrNothing([...planned].map(([path, content]) => ({ path, content, replace: true })));
      written = planned.size;
    } catch (error) {
      if (error instanceof ImportError) problems.push(error);
      else throw error;
    }
  }
  return { results, problems, skipped, written };
}

/** The encoding label for reports, e.g. "gb18030" → "GB18030/GBK". */
export function encodingLabel(encoding: TextEncoding | 'docx'): string {
  return encoding === 'docx' ? 'Word .docx' : ENCODING_LABELS[encoding];
}
