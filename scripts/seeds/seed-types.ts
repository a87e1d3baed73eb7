/**
 * Types of the editorial seed manifests (manifest-001.ts and the entries for 000/002/003/004 in
 * build-seed-library.ts). A manifest says which seed lines make up which library entry, how
 * they are laid out, and what metadata the entry gets; the text itself always comes from the seed.
 */

/** A 1-based seed line number, or an inclusive range of them, e.g. 12 or [12, 20]. */
export type LineRef = number | readonly [number, number];

/**
 * One problem statement made into an addressable <Item id="item-N">.
 * Example: { p: 4, m: [5, 8], f: [14, 17] } = problem on line 4, measures on 5–8, owner/deadline on 14–17.
 */
export interface ItemSpec {
  /** The problem: first line is the statement (its enumerator is dropped), further lines say how it shows. */
  p: LineRef;
  /** Measures (整改措施), e.g. [5, 8]; a bare "整改措施:" label line in the range becomes the bold label. */
  m?: LineRef;
  /** Owner / unit / deadline lines (总负责人 / 责任人 / 责任单位 / 落实时限), e.g. [14, 17]. */
  f?: LineRef;
  /**
   * Split the problem line where this marker first occurs: the text before is the problem, the rest
   * its measures (for lines such as "（一）针对……的问题。一是……二是……"), e.g. "一是".
   */
  split?: string;
}

/** Fields shared by every seed entry. */
interface BaseEntry {
  /** File name without .mdx, e.g. "weisheng-jiwei-dangjian-zhenggai-fangan". */
  id: string;
  /** Display title (our own words when the text has none). */
  title: string;
  /** Seed lines of the body, in order, e.g. [[3, 36]]. */
  lines: readonly LineRef[];
  /** Lines inside `lines` left out (junk, fragments, in-text metadata), each explained in `notes`. */
  skip?: readonly number[];
  /** Problems made into items. */
  items?: readonly ItemSpec[];
  /** Lines rendered as ## headings although they carry no 一、 enumerator, e.g. 004's section titles. */
  h2?: readonly number[];
  /** Lines rendered as ### headings although they carry no （一） enumerator. */
  h3?: readonly number[];
  /** Lines forced to stay plain paragraphs (never a heading or list item). */
  para?: readonly number[];
  /** Lines joined to the line after them (a line break the scrape put inside one heading), e.g. [498]. */
  join?: readonly number[];
  /**
   * A title glued to the start of a body line, split off as a ## heading:
   * { 947: '基层党建工作存在的问题及原因分析' }.
   */
  leadHeading?: Readonly<Record<number, string>>;
  /** Photo captions (text without the photo), rendered as italic paragraphs. */
  captions?: readonly number[];
  /** Tags, short labels. */
  tags: readonly string[];
  /** One factual sentence in our own words. */
  summary: string;
  /** Compilation section line(s) of seed 001 this text sits under, e.g. [37]; shown in `source`. */
  section?: readonly number[];
  /** Editorial notes: duplicates dropped, fragments, odd numbering kept as in the source. */
  notes?: string;
}

/** A problem / rectification template (content/templates). */
export interface TemplateEntry extends BaseEntry {
  collection: 'templates';
  scenario: readonly string[];
  dimension: readonly string[];
}

/** A study material (content/materials). */
export interface MaterialEntry extends BaseEntry {
  collection: 'materials';
  kind: string;
  author?: string;
  organization?: string;
  publication?: string;
  date?: string;
  region?: string;
  script?: 'zh-Hans' | 'zh-Hant';
}

/** One library entry made from a seed. */
export type SeedEntry = TemplateEntry | MaterialEntry;

/** A seed line deliberately not used by any entry, with the reason. */
export interface DroppedRange {
  /** Inclusive range, e.g. [148, 149]. */
  lines: LineRef;
  /** Why: junk rule id, or "duplicate of 69–70 (kept in …)". */
  reason: string;
}

/** The editorial record of one seed file. */
export interface SeedManifest {
  /** Seed file name, e.g. "001_59e67929b2c5c3f8.txt". */
  file: string;
  /** Short seed label for the generated-file marker, e.g. "种子文档 001（范文汇编）". */
  source: string;
  /** How readers are told where its texts were found, before the section title, e.g. "网络范文汇编". */
  citation?: string;
  entries: readonly SeedEntry[];
  /** Lines used by no entry, each with its reason. */
  dropped: readonly DroppedRange[];
}
