/**
 * Regenerates the seed library: content/materials/*.mdx and content/templates/*.mdx from the five
 * seed texts in /work/shared/seeds (README there: every substantive sentence must reach the site,
 * junk removed, nothing else dropped).
 *
 *   npm run seed [-- <seeds-dir>]        default seeds dir: ../shared/seeds relative to the repo root
 *
 * The text always comes from the seed file: junk rules and punctuation normalisation from the
 * importer library (scripts/lib/import), then the layout the manifests ask for (headings, lists,
 * <Item> blocks). Editorial decisions (boundaries, titles, metadata, duplicates) live in
 * manifest-001.ts and in MANIFESTS below; hand edits belong there, so output stays reproducible.
 * Output is deterministic: same seeds + same manifests → byte-identical files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fieldSpans, fieldTextProblem, parseLabelLine, stripEnumerator } from '../../src/lib/items/item-fields.ts';
import { applyJunkRules, emitMdx, escapeMdx, normalizeLines, normalizePunctuation, validateFrontmatter, type Frontmatter } from '../lib/import/index.ts';
import { MANIFEST_001 } from './manifest-001.ts';
import type { ItemSpec, LineRef, SeedEntry, SeedManifest } from './seed-types.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
/** Every generated file's `source` starts with this; only such files are ever deleted by a rebuild. */
export const SEED_SOURCE_PREFIX = '种子文档 ';
/**
 * First frontmatter line of every generated file (a YAML comment: readers never see it). Only
 * files carrying it, or the `source: "种子文档 …"` marker of earlier builds, are deleted by a rebuild.
 */
export const SEED_MARKER = '# 由 npm run seed 从种子文档生成，请改 scripts/seeds/ 的清单，不要手改本文件';
const GENERATED = new RegExp(`^(?:${SEED_MARKER.slice(0, 14)}|source: "${SEED_SOURCE_PREFIX})`, 'm');

const SOURCE_000 = '种子文档 000';
const MANIFEST_000: SeedManifest = {
  file: '000_194946d3404a5c3b.txt',
  source: SOURCE_000,
  entries: [
    {
      id: 'miluo-yancao-2016-dangjian-gongzuo-zongjie',
      collection: 'materials',
      kind: '工作总结',
      title: '汨罗市烟草专卖局党组2016年党建工作总结',
      organization: '汨罗市烟草专卖局（分公司）党组',
      date: '2016',
      region: '湖南省汨罗市',
      lines: [[1, 21]],
      tags: ['两学一做', '三会一课', '党费', '一岗双责', '烟草行业', '年度总结'],
      summary: '汨罗市烟草专卖局（分公司）党组回顾2016年党员队伍情况、党建工作做法与存在问题，并提出2017年工作思路。',
    },
  ],
  dropped: [],
};

const MANIFEST_002: SeedManifest = {
  file: '002_01834210de84d84b.txt',
  source: '种子文档 002',
  entries: [
    {
      id: 'lun-jianxing-liangxue-yizuo-hangshi-jiceng-dangjian',
      collection: 'materials',
      kind: '论文',
      title: '论践行“两学一做”夯实基层党建',
      author: '杨金海',
      organization: '松岭林业局大扬气林场',
      publication: '《基层建设》2019年第6期',
      date: '2019-04-28',
      lines: [[7, 23]],
      tags: ['两学一做', '基层党建', '三会一课', '警示教育', '林区'],
      summary: '以松岭林业局大扬气林场为例，从责任落实、形式多样、抓常抓细、学用结合、问题导向五方面论述以“两学一做”夯实基层党建。',
      notes: '第1、3、33行为网页重复标题（标题已入 frontmatter）；第5行单位、第25–29行作者/刊物/日期移入 frontmatter；第15行段首广告语由导入库规则 journal-library-ad 删去，段落其余保留；第31、34、36行为网页杂项。',
    },
  ],
  dropped: [
    { lines: 1, reason: '标题行（移入 frontmatter title）' },
    { lines: 3, reason: '重复标题行（junk: repeated-title）' },
    { lines: 5, reason: '作者单位（移入 frontmatter organization）' },
    { lines: [25, 29], reason: '论文作者、刊物、发表时间（移入 frontmatter author / publication / date）' },
    { lines: [31, 36], reason: '网页杂项：标签、重复标题、下载Doc文档、猜你喜欢（junk）' },
  ],
};

const MANIFEST_003: SeedManifest = {
  file: '003_ddbca1ad1c03bb52.txt',
  source: '种子文档 003',
  entries: [
    {
      id: 'xiangtan-shizhi-jiguan-dangjian-sige-tuchu',
      collection: 'materials',
      kind: '经验交流',
      title: '湘潭市直机关党建坚持“四个突出”推进党建领航工程',
      author: '邓集成、彭畅',
      organization: '湘潭市直机关工委',
      date: '2019',
      region: '湖南省湘潭市',
      lines: [[1, 14]],
      tags: ['机关党建', '党建领航', '五化建设', '星级评定', '双述双评', '学习强国'],
      summary: '湘潭市直机关工委介绍以突出政治建设、服务中心、“五化”建设、责任压实“四个突出”推进机关党建的做法。',
      notes: '第15–16行“责编:admin”“来源:管理员”为网站杂项（junk: editor-admin, source-admin）。供稿署名保留在正文末，并入 frontmatter author / organization。',
    },
  ],
  dropped: [{ lines: [15, 16], reason: '网站后台署名（junk: editor-admin, source-admin）' }],
};

const MANIFEST_004: SeedManifest = {
  file: '004_5dd9ee3de9a49e94.txt',
  source: '种子文档 004',
  entries: [
    {
      id: 'hebei-yancao-dangzhibu-biaozhunhua-guifanhua',
      collection: 'materials',
      kind: '新闻报道',
      title: '河北煙草推進黨支部標準化規范化建設',
      author: '本報記者 曹祥金；特約通訊員 蘇維民',
      organization: '河北省煙草專賣局（公司）',
      publication: '篤行致遠 2024中國煙草行業發展觀察',
      date: '2024',
      region: '河北省',
      script: 'zh-Hant',
      lines: [[1, 32]],
      h2: [3, 13, 22],
      captions: [2, 12, 21],
      tags: ['党支部标准化规范化建设', '八个规范', '智慧党建', '积分管理', '党建品牌', '烟草行业', '2024中国烟草行业发展观察'],
      summary: '繁体报道：河北省烟草专卖局（公司）以顶层谋划、提高质量、深度融合推进党支部标准化规范化建设，形成“八个规范”。',
      notes: '繁体原文保留（script: zh-Hant）。第2、12、21行为无图的图片说明，以斜体段落呈现。第32行署名中的“?”为丢失的分隔符（junk: byline-lost-separators）。第33行系列栏目名移入 frontmatter publication 与 tags。',
    },
  ],
  dropped: [{ lines: 33, reason: '系列栏目名“篤行致遠 2024中國煙草行業發展觀察”（移入 frontmatter publication / tags）' }],
};

/** All manifests, in seed order. */
export const MANIFESTS: readonly SeedManifest[] = [MANIFEST_000, MANIFEST_001, MANIFEST_002, MANIFEST_003, MANIFEST_004];

// ---------------------------------------------------------------------------------------------

/** Expand LineRefs to line numbers, e.g. [3, [5, 7]] → [3, 5, 6, 7]. */
export function expand(refs: readonly LineRef[]): number[] {
  return refs.flatMap((ref) => expandRef(ref));
}

/** Expand a single LineRef (number or [from, to]). */
function expandRef(ref: LineRef | undefined): number[] {
  if (ref === undefined) return [];
  if (typeof ref === 'number') return [ref];
  const out: number[] = [];
  for (let n = ref[0]; n <= ref[1]; n++) out.push(n);
  return out;
}

/** Seed text after junk rules and punctuation normalisation, by 1-based line number (absent = junk or blank). */
export function cleanSeed(raw: string): Map<number, string> {
  const lines = normalizeLines(raw);
  const junk = applyJunkRules(lines);
  const out = new Map<number, string>();
  junk.lines.forEach((line, i) => {
    const text = normalizePunctuation(line).trim();
    if (text) out.set(junk.lineNumbers[i]!, text);
  });
  return out;
}

const H2 = /^[一二三四五六七八九十]+、/;
const H3 = /^[（(][一二三四五六七八九十]+[)）]、?/;
const NUMBERED = /^(\d{1,3})\s*[.．、]+\s*/;
const MEASURE_LABEL = /^整改措施\s*[:：。.]?$/;
/** Longest line still read as a heading when it carries a heading enumerator. */
const HEADING_MAX = 40;

type Block = { kind: 'list'; n: number; text: string } | { kind: 'block'; md: string };

function esc(text: string): string {
  return escapeMdx(text);
}

function heading(level: 2 | 3, text: string): Block {
  return { kind: 'block', md: `${'#'.repeat(level)} ${esc(text.replace(/[。：:；;，,]+$/u, ''))}` };
}

/**
 * A one-line field of the item-field vocabulary (总负责人, 责任人, 责任单位, 落实时限 …: "责任人:xx")
 * as a bold label. A value that is no value ("落实时限:底前。", the remnant of a lost "x月底前") stays
 * plain text: readers still see the source line, but it never becomes an item field.
 */
function field(text: string): Block | undefined {
  const line = parseLabelLine(text);
  if (!line || fieldSpans(line.field) || !/[:：]/.test(text)) return undefined;
  if (fieldTextProblem(line.value)) return { kind: 'block', md: esc(text) };
  return { kind: 'block', md: `**${line.label}**：${esc(line.value)}` };
}

/** Lay out one ordinary line. */
function lineBlock(entry: SeedEntry, n: number, text: string): Block {
  if (entry.captions?.includes(n)) return { kind: 'block', md: `*${esc(text)}*` };
  if (entry.h2?.includes(n)) return heading(2, text);
  if (entry.h3?.includes(n)) return heading(3, text);
  if (entry.para?.includes(n)) return { kind: 'block', md: esc(text) };
  if (text.length <= HEADING_MAX && H2.test(text)) return heading(2, text);
  if (text.length <= HEADING_MAX && H3.test(text)) return heading(3, text);
  const f = field(text);
  if (f) return f;
  const num = NUMBERED.exec(text);
  if (num) return { kind: 'list', n: Number(num[1]), text: text.slice(num[0].length) };
  return { kind: 'block', md: esc(text) };
}

/**
 * Join blocks: consecutive list items form one ordered list; a restart uses the other delimiter.
 * Paragraphs between item n and item n + 1 ("1. 开展学习；" + its explanation + "2. …") belong to
 * item n, indented under it, so the list runs on instead of breaking into one-item lists that
 * start at "2.".
 */
function joinBlocks(blocks: Block[]): string {
  const attached = new Set<number>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'list' || block.n < 2) return;
    let j = i - 1;
    while (j >= 0 && blocks[j]!.kind === 'block' && isPlainParagraph((blocks[j] as { md: string }).md)) j--;
    const previous = blocks[j];
    if (j < i - 1 && previous?.kind === 'list' && previous.n === block.n - 1) for (let k = j + 1; k < i; k++) attached.add(k);
  });
  const out: string[] = [];
  let prev: Extract<Block, { kind: 'list' }> | undefined;
  let delim = '.';
  blocks.forEach((block, i) => {
    if (block.kind === 'list') {
      const continues = prev !== undefined && block.n === prev.n + 1 && (blocks[i - 1]?.kind === 'list' || attached.has(i - 1));
      // CommonMark: a changed delimiter (1. → 1)) starts a new list; without it the numbers would run on.
      if (prev && !continues && blocks[i - 1]?.kind === 'list') delim = delim === '.' ? ')' : '.';
      const line = `${block.n}${delim} ${esc(block.text)}`;
      out.push(continues && !attached.has(i - 1) ? `\n${line}` : `${out.length ? '\n\n' : ''}${line}`);
      prev = block;
    } else if (attached.has(i) && prev) {
      out.push(`\n\n${' '.repeat(String(prev.n).length + 2)}${block.md}`);
    } else {
      out.push(`${out.length ? '\n\n' : ''}${block.md}`);
      delim = '.';
      prev = undefined;
    }
  });
  return out.join('') + '\n';
}

/** A block that is running text (not a heading, item, caption or field label), so it can sit inside a list item. */
function isPlainParagraph(md: string): boolean {
  return !/^(?:#|<Item|\*|\d+[.)] )/.test(md);
}

function itemBlock(entry: SeedEntry, spec: ItemSpec, index: number, text: (n: number) => string | undefined): Block {
  const [first, ...rest] = expandRef(spec.p);
  let problem = text(first!) ?? '';
  let splitMeasure: string | undefined;
  if (spec.split) {
    const at = problem.indexOf(spec.split);
    if (at <= 0) throw new Error(`${entry.id}: split marker 「${spec.split}」 not found in line ${first}`);
    splitMeasure = problem.slice(at);
    problem = problem.slice(0, at).trim();
  }
  // A problem line that carries its own label ("存在问题：…") keeps it as the bold label, so no label lands in the field.
  const own = parseLabelLine(stripEnumerator(problem));
  const parts: Block[] = [
    own?.field === 'problem' ? { kind: 'block', md: `**${own.label}**：${esc(own.value)}` } : { kind: 'block', md: `**问题**：${esc(stripEnumerator(problem))}` },
  ];
  for (const n of rest) {
    const t = text(n);
    if (t !== undefined) parts.push(lineBlock(entry, n, t));
  }
  const measures = expandRef(spec.m);
  if (splitMeasure !== undefined || measures.length) {
    parts.push({ kind: 'block', md: '**整改措施**：' });
    if (splitMeasure !== undefined) parts.push({ kind: 'block', md: esc(splitMeasure) });
    for (const n of measures) {
      const t = text(n);
      if (t === undefined || MEASURE_LABEL.test(t)) continue;
      parts.push(lineBlock(entry, n, t));
    }
  }
  for (const n of expandRef(spec.f)) {
    const t = text(n);
    if (t !== undefined) parts.push(lineBlock(entry, n, t));
  }
  const inner = joinBlocks(parts);
  return { kind: 'block', md: `<Item id="item-${index}">\n\n${inner}\n</Item>` };
}

/** Markdown body of one entry. */
export function renderBody(entry: SeedEntry, seed: Map<number, string>): string {
  // `join`: the line after a joined line is read as part of it (and not again on its own).
  const joinedAway = new Set((entry.join ?? []).map((n) => n + 1));
  const text = (n: number) =>
    entry.join?.includes(n) ? (seed.get(n) ?? '') + (seed.get(n + 1) ?? '') : seed.get(n);
  const skip = new Set([...(entry.skip ?? []), ...joinedAway]);
  const anchors = new Map<number, ItemSpec>();
  const consumed = new Set<number>();
  for (const spec of entry.items ?? []) {
    const p = expandRef(spec.p);
    anchors.set(p[0]!, spec);
    for (const n of [...p, ...expandRef(spec.m), ...expandRef(spec.f)]) consumed.add(n);
  }
  const blocks: Block[] = [];
  let index = 0;
  for (const n of expand(entry.lines)) {
    if (skip.has(n)) continue;
    const spec = anchors.get(n);
    if (spec) {
      blocks.push(itemBlock(entry, spec, ++index, text));
      continue;
    }
    if (consumed.has(n)) continue;
    const t = text(n);
    if (t === undefined) continue;
    const lead = entry.leadHeading?.[n];
    if (lead !== undefined) {
      if (!t.startsWith(lead)) throw new Error(`${entry.id}: line ${n} does not start with 「${lead}」`);
      blocks.push(heading(2, lead), lineBlock(entry, n, t.slice(lead.length)));
      continue;
    }
    blocks.push(lineBlock(entry, n, t));
  }
  if (index !== (entry.items?.length ?? 0)) throw new Error(`${entry.id}: an item's first line lies outside the entry's lines`);
  return joinBlocks(blocks);
}

/** Frontmatter of an entry (key order is emitMdx's). */
export function frontmatterOf(entry: SeedEntry, source: string | undefined): Frontmatter {
  const common = { title: entry.title, tags: entry.tags, summary: entry.summary, source };
  if (entry.collection === 'templates') return { ...common, scenario: entry.scenario, dimension: entry.dimension };
  return {
    ...common,
    kind: entry.kind,
    author: entry.author,
    organization: entry.organization,
    publication: entry.publication,
    date: entry.date,
    region: entry.region,
    script: entry.script ?? 'zh-Hans',
  };
}

/**
 * `source` as readers see it (shown as 「录自 …」): for seed 001 the compilation and its section
 * title(s), e.g. 网络范文汇编《机关党建存在的问题》栏目; none for the other seeds, whose
 * author, organisation and publication already say where they come from. The seed file itself is
 * named only in the generated-file marker (a YAML comment).
 */
function sourceOf(manifest: SeedManifest, entry: SeedEntry, seed: Map<number, string>): string | undefined {
  const sections = (entry.section ?? []).map((n) => {
    const t = seed.get(n);
    if (!t) throw new Error(`${entry.id}: section line ${n} is empty or junk`);
    return `《${t}》`;
  });
  return sections.length && manifest.citation ? `${manifest.citation}${sections.join('、')}栏目` : undefined;
}

/** The MDX file with the generated-file marker as its first frontmatter line. */
function withMarker(mdx: string, manifest: SeedManifest): string {
  return mdx.replace(/^---\n/, `---\n${SEED_MARKER}（${manifest.source}）\n`);
}

/** Every non-blank, non-junk seed line must be used by an entry (or its section) or listed as dropped. */
function checkCoverage(manifest: SeedManifest, seed: Map<number, string>): string[] {
  const used = new Set<number>();
  for (const entry of manifest.entries) {
    for (const n of expand(entry.lines)) used.add(n);
    for (const spec of entry.items ?? []) for (const n of [...expandRef(spec.p), ...expandRef(spec.m), ...expandRef(spec.f)]) used.add(n);
    for (const n of entry.section ?? []) used.add(n);
  }
  for (const d of manifest.dropped) for (const n of expandRef(d.lines)) used.add(n);
  const problems: string[] = [];
  for (const n of [...seed.keys()].sort((a, b) => a - b)) {
    if (!used.has(n)) problems.push(`${manifest.file}:${n} → 未被任何条目使用，也未列入 dropped → 请在清单中归入条目或写明删除理由`);
  }
  return problems;
}

/** Build every entry; returns file path → content. */
export function buildLibrary(seedsDir: string): { files: Map<string, string>; problems: string[]; items: number } {
  const files = new Map<string, string>();
  const problems: string[] = [];
  let items = 0;
  for (const manifest of MANIFESTS) {
    const file = path.join(seedsDir, manifest.file);
    if (!existsSync(file)) {
      problems.push(`${file} → 找不到种子文件 → 请把种子目录作为参数传入：npm run seed -- <目录>`);
      continue;
    }
    const seed = cleanSeed(readFileSync(file, 'utf8'));
    problems.push(...checkCoverage(manifest, seed));
    for (const entry of manifest.entries) {
      const out = path.join('content', entry.collection, `${entry.id}.mdx`);
      if (files.has(out)) problems.push(`${out} → 条目标识重复 → 请改用唯一的 id`);
      const data = frontmatterOf(entry, sourceOf(manifest, entry, seed));
      validateFrontmatter(entry.collection, data, out);
      files.set(out, withMarker(emitMdx(data, renderBody(entry, seed)), manifest));
      items += entry.items?.length ?? 0;
    }
  }
  return { files, problems, items };
}

function main() {
  const seedsDir = path.resolve(REPO, process.argv[2] ?? '../shared/seeds');
  const { files, problems, items } = buildLibrary(seedsDir);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`${problems.length} 个问题，未写入任何文件。`);
    process.exit(1);
  }
  // Remove earlier generated files (only those carrying the marker), then write the new set.
  for (const collection of ['materials', 'templates']) {
    const dir = path.join(REPO, 'content', collection);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name.endsWith('.mdx') && GENERATED.test(readFileSync(full, 'utf8'))) rmSync(full);
    }
  }
  for (const [rel, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) writeFileSync(path.join(REPO, rel), content);
  const count = (c: string) => [...files.keys()].filter((f) => f.startsWith(`content/${c}/`)).length;
  console.log(`种子内容库已生成：${count('templates')} 个模板、${count('materials')} 份学习资料，共 ${items} 个问题条目（<Item>）。`);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main();
