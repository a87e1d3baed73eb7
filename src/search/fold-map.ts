// Builds the per-character Traditional → Simplified fold table from OpenCC's own dictionaries
// (opencc-js). Node only: the indexer writes the table next to the index and the browser
// fetches it, so the converter and its phrase dictionaries never reach the browser.
//
// Per character, not per phrase (docs/search-notes.md, trap 9): a code-point map guarantees
// that if a query occurs in a text, the folded query occurs in the folded text; OpenCC's
// phrase conversion does not (乾隆 stays, 乾 alone becomes 干).
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { FoldTable } from './text';

/** Parses an OpenCC dictionary string ("丟 丢|並 并|…") into single-character pairs, first candidate. */
function characterPairs(dictionary: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
    if (!pairs.has(from)) pairs.set(from, to);
  }
  return pairs;
}

/**
 * The fold table: Taiwan and Hong Kong variants to OpenCC's standard Traditional, then
 * Traditional to Simplified, resolved to a fixed point so folding twice changes nothing.
 * Sorted by code point so the table (and every character code in the index) is stable.
 */
export function buildFoldTable(): FoldTable {
  const variants = new Map([...characterPairs(HKVariantsRev), ...characterPairs(TWVariantsRev)]);
  const simplified = characterPairs(TSCharacters);
  const step = (char: string) => simplified.get(variants.get(char) ?? char) ?? variants.get(char) ?? char;
  const keys = new Set([...variants.keys(), ...simplified.keys()]);
  const from: string[] = [];
  const to: string[] = [];
  for (const key of [...keys].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))) {
    let value = key;
    for (let i = 0; i < 5; i++) {
      const next = step(value);
      if (next === value) break;
      value = next;
    }
    if (value !== key) {
      from.push(key);
      to.push(value);
    }
  }
  return { from: from.join(''), to: to.join('') };
}
