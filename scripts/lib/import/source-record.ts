/**
 * Editorial records (scripts/sources/*.ts): which texts a source file in ../shared/sources holds,
 * where each starts and ends, which entry it belongs to, and what a person decided about damage
 * in the source (a repair, a missing article). The text itself always comes from the file through
 * the importer; a record only says where to cut and what was repaired, so that
 * `npm run import:sources` reproduces every imported entry byte for byte.
 */
import type { Frontmatter } from './emit-mdx.ts';
import type { Collection } from './structure.ts';

/** An inclusive range of 1-based source lines, e.g. [586, 758]. */
export type LineRange = readonly [number, number];

/**
 * A repair of damaged source text, made before import and shown on the page as a repair.
 * `found` must stand in the source starting on `line`, exactly (line breaks as "\n"); it is
 * replaced by `shown`. Example: { line: 586, found: "中国共产党展党员工作细则", shown:
 * "中国共产党发展党员工作细则", note: "标题脱“发”字；…" }.
 */
export interface SourceRepair {
  line: number;
  found: string;
  shown: string;
  /** Why, in Chinese, for the page. */
  note: string;
}

/** One text cut out of a source file. */
export interface SourcePart {
  /** Collection the text goes to, e.g. "policies". */
  collection: Collection;
  /** Its lines in the file; default the whole file. */
  lines?: LineRange;
  /** Entry it fills (policies) or is written as (other collections), e.g. "zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze". */
  into?: string;
  /** Repairs of damaged source lines inside `lines`. */
  repairs?: readonly SourceRepair[];
  /** Articles the source lacks (policies), shown on the page as missing, never supplied, e.g. [20]. */
  missingArticles?: readonly number[];
  /** Frontmatter set instead of what the importer infers (not the text), e.g. { tags: ["发展党员"] }. */
  metadata?: Partial<Frontmatter>;
}

/** The editorial record of one source file. */
export interface SourceRecord {
  /** The file, relative to the sources folder, e.g. "policies/gznu-zuzhi-fazhan-shouce-2025.md". */
  file: string;
  /**
   * Where the file came from, for the `source` line of every entry made from it, e.g.
   * "XueQi-2957/PartyMate（191f263）partymate/knowledge/party_rules.md". The part's line range is added.
   */
  origin: string;
  parts: readonly SourcePart[];
  /** Stretches of the file no part of this record uses, with the reason, e.g. the handbook's templates. */
  unused?: readonly { lines: LineRange; reason: string }[];
}
