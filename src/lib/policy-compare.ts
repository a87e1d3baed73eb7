// 新旧对照: two versions of a regulation, article by article. A revision renumbers, splits,
// merges, moves and rewrites articles, so articles are paired by what they say, not by their
// number. Our own alignment (unit-tested in tests/unit/policies/policy-compare.test.ts):
//   1. similarity of two articles = weighted Dice coefficient of their character bigrams, each
//      bigram weighted by its rarity across both versions (inverse document frequency), so that
//      the formula every 纪律处分条例 article repeats (“给予警告或者严重警告处分”) counts little
//      and the words that say what an article is about count much;
//   2. an order-keeping alignment (dynamic programming, a weighted LCS) pairs articles whose
//      similarity reaches PAIR_MIN, maximising the summed similarity;
//   3. a left-over article next to a pair that is mostly contained in the pair's other side, and
//      adds to what that side covers, joins the pair: one article split in two, or two merged;
//   4. left-overs standing in the same gap between two pairs are paired, in order, when they
//      share enough (REWRITE_MIN, or one contains most of the other): an article rewritten;
//   5. left-overs elsewhere that still say much the same (MOVE_MIN) are paired as moved;
//   6. the rest is added (new version only) or deleted (old version only).
// Character-level changes inside a pair come from jsdiff (diffChars). Pure: no Astro, no files.
import { diffChars } from 'diff';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { AnchorAllocator, parseArticle, policyHeading } from './policy-outline';

/** One article of a version, as compared. */
export interface CompareArticle {
  /** Anchor on the version's page, e.g. "art-12". */
  id: string;
  number: number;
  /** e.g. "第十二条". */
  label: string;
  /** The article's words after its label, paragraphs joined by "\n". */
  text: string;
  /** Headings it stands under, outermost first, e.g. ["第二编 分则", "第六章 违反政治纪律的行为"]. */
  context: string[];
}

/** How an article changed between versions. */
export type PairStatus = 'unchanged' | 'changed' | 'added' | 'deleted' | 'moved';

/** The statuses in the order the page lists counts and filters. */
export const PAIR_STATUSES: readonly PairStatus[] = ['changed', 'added', 'deleted', 'moved', 'unchanged'];

/** One row of the comparison: articles of the old version and their counterparts in the new. */
export interface AlignedPair {
  status: PairStatus;
  /** Old version's articles (none when added; two or more when merged). */
  old: CompareArticle[];
  /** New version's articles (none when deleted; two or more when split). */
  new: CompareArticle[];
  /** Similarity of the paired texts, 0–1. */
  similarity: number;
  /** One article split into several, or several merged into one. */
  kind?: 'split' | 'merge';
  /** For moved pairs: whether the words changed too. */
  textChanged?: boolean;
}

/** Least similarity for the order-keeping alignment to pair two articles. */
export const PAIR_MIN = 0.4;
/** Least similarity for two left-overs in the same gap to count as one article rewritten. */
export const REWRITE_MIN = 0.2;
/** Least similarity for two left-overs far apart to count as one article moved. */
export const MOVE_MIN = 0.5;
/** Least share of one article contained in another for a split, a merge or a rewrite that added or cut much. */
export const CONTAIN_MIN = 0.6;
/** Least gain in coverage a split-off or merged-in article must bring to its pair. */
const COVER_GAIN = 0.15;

const STRIP = /[\s\u3000]/g;

/** Bigram counts of a text, whitespace ignored, e.g. "党的纪律" → {党的: 1, 的纪: 1, 纪律: 1}. */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(STRIP, '')];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

type Weight = (gram: string) => number;
const unweighted: Weight = () => 1;

function mass(grams: Map<string, number>, weight: Weight): number {
  let n = 0;
  for (const [gram, count] of grams) n += count * weight(gram);
  return n;
}

function shared(a: Map<string, number>, b: Map<string, number>, weight: Weight): number {
  let n = 0;
  for (const [gram, count] of a) {
    const other = b.get(gram);
    if (other) n += Math.min(count, other) * weight(gram);
  }
  return n;
}

/** Sum of two bigram maps (the text of two articles read as one). */
function plus(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [gram, count] of b) out.set(gram, (out.get(gram) ?? 0) + count);
  return out;
}

/**
 * Inverse document frequency of every bigram over `texts` (smoothed: ln((N+1)/(df+1)) + 1),
 * as a weight function; bigrams never seen weigh like the rarest.
 */
export function rarity(texts: readonly string[]): Weight {
  const df = new Map<string, number>();
  for (const text of texts) for (const gram of bigrams(text).keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const n = texts.length;
  return (gram) => Math.log((n + 1) / ((df.get(gram) ?? 0) + 1)) + 1;
}

/** Dice coefficient of two texts' bigrams, 0–1, optionally weighted, e.g. identical texts → 1. */
export function similarity(a: string, b: string, weight: Weight = unweighted): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  const total = mass(ga, weight) + mass(gb, weight);
  return total === 0 ? 1 : (2 * shared(ga, gb, weight)) / total;
}

/** Share of `part`'s bigrams found in `whole`, 0–1, optionally weighted. */
export function containment(part: string, whole: string, weight: Weight = unweighted): number {
  const gp = bigrams(part);
  const size = mass(gp, weight);
  return size === 0 ? 0 : shared(gp, bigrams(whole), weight) / size;
}

const same = (a: string, b: string) => a.replace(STRIP, '') === b.replace(STRIP, '');

/**
 * Pair the articles of two versions (see the module comment). Rows come in the new version's
 * order; a deleted article stands after the row of the old article before it. Every article of
 * either version appears in exactly one row.
 */
export function alignArticles(older: readonly CompareArticle[], newer: readonly CompareArticle[]): AlignedPair[] {
  const m = older.length;
  const n = newer.length;
  const weight = rarity([...older, ...newer].map((a) => a.text));
  const grams = { old: older.map((a) => bigrams(a.text)), new: newer.map((a) => bigrams(a.text)) };
  const sizes = { old: grams.old.map((g) => mass(g, weight)), new: grams.new.map((g) => mass(g, weight)) };
  const matrix = older.map((_, i) =>
    newer.map((_, j) => {
      const total = sizes.old[i]! + sizes.new[j]!;
      return total === 0 ? 1 : (2 * shared(grams.old[i]!, grams.new[j]!, weight)) / total;
    }),
  );
  const contains = (part: Map<string, number>, whole: Map<string, number>) => {
    const size = mass(part, weight);
    return size === 0 ? 0 : shared(part, whole, weight) / size;
  };
  const oldPartner = new Array<number>(m).fill(-1);
  const newPartner = new Array<number>(n).fill(-1);
  const pair = (i: number, j: number) => {
    oldPartner[i] = j;
    newPartner[j] = i;
  };

  // Order-keeping alignment of index lists `is` × `js` for pairs that `allowed` admits, maximising
  // the summed score: best[a][b] = best sum for is[a..] × js[b..].
  const align = (is: readonly number[], js: readonly number[], score: (i: number, j: number) => number | undefined) => {
    const best = Array.from({ length: is.length + 1 }, () => new Float64Array(js.length + 1));
    for (let a = is.length - 1; a >= 0; a--) {
      for (let b = js.length - 1; b >= 0; b--) {
        const s = score(is[a]!, js[b]!);
        best[a]![b] = Math.max(s === undefined ? -1 : s + best[a + 1]![b + 1]!, best[a + 1]![b]!, best[a]![b + 1]!);
      }
    }
    for (let a = 0, b = 0; a < is.length && b < js.length; ) {
      const s = score(is[a]!, js[b]!);
      if (s !== undefined && best[a]![b] === s + best[a + 1]![b + 1]!) {
        pair(is[a]!, js[b]!);
        a++;
        b++;
      } else if (best[a]![b] === best[a + 1]![b]) a++;
      else b++;
    }
  };
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);

  // 2. The order-keeping alignment.
  align(range(m), range(n), (i, j) => (matrix[i]![j]! >= PAIR_MIN ? matrix[i]![j]! : undefined));
  const ordered = range(m).filter((i) => oldPartner[i]! >= 0);

  // 3. Splits and merges: a left-over next to a pair, mostly contained in that pair's other side,
  // that covers more of it than the pair's own article does.
  const splitInto = new Map<number, number[]>(); // old index → further new indexes
  const mergeFrom = new Map<number, number[]>(); // new index → further old indexes
  for (let j = 0; j < n; j++) {
    if (newPartner[j]! >= 0) continue;
    for (const k of [j - 1, j + 1]) {
      const i = k >= 0 && k < n ? newPartner[k]! : -1;
      if (i < 0 || oldPartner[i] !== k || contains(grams.new[j]!, grams.old[i]!) < CONTAIN_MIN) continue;
      const before = contains(grams.old[i]!, grams.new[k]!);
      if (contains(grams.old[i]!, plus(grams.new[k]!, grams.new[j]!)) - before < COVER_GAIN) continue;
      newPartner[j] = i;
      splitInto.set(i, [...(splitInto.get(i) ?? []), j]);
      break;
    }
  }
  for (let i = 0; i < m; i++) {
    if (oldPartner[i]! >= 0) continue;
    for (const k of [i - 1, i + 1]) {
      const j = k >= 0 && k < m ? oldPartner[k]! : -1;
      if (j < 0 || newPartner[j] !== k || splitInto.has(k) || contains(grams.old[i]!, grams.new[j]!) < CONTAIN_MIN) continue;
      const before = contains(grams.new[j]!, grams.old[k]!);
      if (contains(grams.new[j]!, plus(grams.old[k]!, grams.old[i]!)) - before < COVER_GAIN) continue;
      oldPartner[i] = j;
      mergeFrom.set(j, [...(mergeFrom.get(j) ?? []), i]);
      break;
    }
  }

  // 4. Rewrites: left-overs in the same gap between two aligned pairs, paired in order.
  const rewriteScore = (i: number, j: number) => {
    const s = matrix[i]![j]!;
    const most = Math.max(contains(grams.old[i]!, grams.new[j]!), contains(grams.new[j]!, grams.old[i]!));
    return s >= REWRITE_MIN || most >= CONTAIN_MIN ? Math.max(s, most / 2) : undefined;
  };
  for (let g = 0; g <= ordered.length; g++) {
    const i0 = g === 0 ? -1 : ordered[g - 1]!;
    const i1 = g === ordered.length ? m : ordered[g]!;
    const j0 = g === 0 ? -1 : oldPartner[i0]!;
    const j1 = g === ordered.length ? n : oldPartner[i1]!;
    const is = range(m).filter((i) => i > i0 && i < i1 && oldPartner[i]! < 0);
    const js = range(n).filter((j) => j > j0 && j < j1 && newPartner[j]! < 0);
    if (is.length && js.length) align(is, js, rewriteScore);
  }

  // 5. Moves: left-overs anywhere that still say much the same, most similar first.
  const moved = new Set<number>(); // old indexes
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < m; i++) {
    if (oldPartner[i]! >= 0) continue;
    for (let j = 0; j < n; j++) if (newPartner[j]! < 0 && matrix[i]![j]! >= MOVE_MIN) candidates.push([matrix[i]![j]!, i, j]);
  }
  for (const [, i, j] of candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])) {
    if (oldPartner[i]! >= 0 || newPartner[j]! >= 0) continue;
    pair(i, j);
    moved.add(i);
  }

  // Rows in the new version's order; deleted articles after the row of the old article before them.
  const rows: AlignedPair[] = [];
  const done = new Set<number>();
  let nextOld = 0; // deleted old articles before this index are placed
  const placeDeleted = (upTo: number) => {
    for (; nextOld < upTo; nextOld++) {
      if (oldPartner[nextOld]! < 0 && !done.has(nextOld)) {
        rows.push({ status: 'deleted', old: [older[nextOld]!], new: [], similarity: 0 });
        done.add(nextOld);
      }
    }
  };
  for (let j = 0; j < n; j++) {
    const i = newPartner[j]!;
    if (i < 0) {
      // Old articles deleted at this place come first: the old text, then what the new one has instead.
      const next = newPartner.findIndex((partner, k) => k > j && partner >= 0 && !moved.has(partner));
      placeDeleted(next < 0 ? m : Math.min(...[newPartner[next]!, ...(mergeFrom.get(next) ?? [])]));
      rows.push({ status: 'added', old: [], new: [newer[j]!], similarity: 0 });
      continue;
    }
    if (done.has(i)) continue; // a further part of a split, already in its row
    const olds = [i, ...(mergeFrom.get(oldPartner[i]!) ?? [])].sort((a, b) => a - b);
    if (!moved.has(i)) placeDeleted(olds[0]!);
    const news = [...new Set([oldPartner[i]!, ...(splitInto.get(i) ?? [])])].sort((a, b) => a - b);
    const oldText = olds.map((k) => older[k]!.text).join('\n');
    const newText = news.map((k) => newer[k]!.text).join('\n');
    const row: AlignedPair = { status: 'changed', old: olds.map((k) => older[k]!), new: news.map((k) => newer[k]!), similarity: similarity(oldText, newText, weight) };
    if (moved.has(i)) {
      row.status = 'moved';
      row.textChanged = !same(oldText, newText);
    } else if (news.length > 1) row.kind = 'split';
    else if (olds.length > 1) row.kind = 'merge';
    else if (same(oldText, newText)) row.status = 'unchanged';
    rows.push(row);
    for (const k of olds) done.add(k);
    if (!moved.has(i)) nextOld = Math.max(nextOld, olds[olds.length - 1]! + 1);
  }
  placeDeleted(m);
  return rows;
}

/** How many rows have each status, e.g. { unchanged: 60, changed: 70, added: 16, deleted: 0, moved: 2 }. */
export function countStatuses(rows: readonly AlignedPair[]): Record<PairStatus, number> {
  const counts: Record<PairStatus, number> = { unchanged: 0, changed: 0, added: 0, deleted: 0, moved: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** A piece of a character-level diff: kept, removed (old only) or inserted (new only). */
export interface DiffPiece {
  kind: 'same' | 'removed' | 'inserted';
  text: string;
}

/** Character-level changes from `a` to `b` (jsdiff's diffChars), e.g. ("中央纪律检查委员会", "中央纪委"). */
export function charDiff(a: string, b: string): DiffPiece[] {
  return diffChars(a, b).map((change) => ({ kind: change.added ? 'inserted' : change.removed ? 'removed' : 'same', text: change.value }));
}

/**
 * The articles of an imported policy body (MDX as the importer writes it), with the headings
 * they stand under; ids as on the policy's page (src/lib/policy-outline.ts).
 */
export function extractArticles(body: string): CompareArticle[] {
  const tree = unified().use(remarkParse).parse(body) as Root;
  const anchors = new AnchorAllocator();
  const out: CompareArticle[] = [];
  const context: { depth: number; text: string }[] = [];
  let current: CompareArticle | undefined;
  const add = (node: RootContent) => {
    if (current) current.text += `\n${toString(node)}`;
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      current = undefined;
      const text = toString(node);
      policyHeading(text, anchors);
      while (context.length && context[context.length - 1]!.depth >= node.depth) context.pop();
      context.push({ depth: node.depth, text });
      continue;
    }
    const text = node.type === 'paragraph' ? toString(node) : '';
    const opening = text ? parseArticle(text) : undefined;
    if (opening) {
      current = {
        id: anchors.article(opening.number, opening.sub),
        number: opening.number,
        label: opening.label,
        text: text.slice(opening.label.length).replace(/^[\s\u3000]+/, ''),
        context: context.map((c) => c.text),
      };
      out.push(current);
      continue;
    }
    add(node);
  }
  return out;
}

/** What pairing versions needs of a policy entry. */
export interface VersionedPolicy {
  id: string;
  fullText: boolean;
  supersedes: readonly string[];
}

/** A comparison to build: an older full text and the newer full text that replaced it. */
export interface VersionPair {
  older: string;
  newer: string;
}

/**
 * Every pair of full-text versions linked by supersedes, e.g. 纪律处分条例 2018 → 2023; one
 * comparison per link, so a regulation with three full-text versions gets two.
 */
export function versionPairs(policies: readonly VersionedPolicy[]): VersionPair[] {
  const byId = new Map(policies.map((p) => [p.id, p]));
  return policies.flatMap((newer) =>
    newer.fullText ? newer.supersedes.filter((id) => byId.get(id)?.fullText).map((older) => ({ older, newer: newer.id })) : [],
  );
}

/** Filters of a comparison page, as URL segments ("" = all rows); each keeps rows of these statuses. */
export const COMPARE_FILTERS: Readonly<Record<string, readonly PairStatus[]>> = {
  '': ['unchanged', 'changed', 'added', 'deleted', 'moved'],
  changes: ['changed', 'added', 'deleted', 'moved'],
  changed: ['changed'],
  added: ['added'],
  deleted: ['deleted'],
  moved: ['moved'],
};

/** Site path of a comparison page (without base), e.g. "policies/<newer>/compare/<older>/changes/". */
export function comparePath(pair: VersionPair, filter = ''): string {
  return `policies/${pair.newer}/compare/${pair.older}/${filter ? `${filter}/` : ''}`;
}
