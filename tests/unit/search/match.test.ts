import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../../src/search/fold-map';
import { candidates, needsText, resolveMatch } from '../../../src/search/match';
import { planQuery, type QueryPlan } from '../../../src/search/query';
import { createFolder, parseQuery } from '../../../src/search/text';

const folder = createFolder(buildFoldTable());
const ids = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

/** A plan whose one term has the typed form and an alias. */
function withAlias(typed: string, alias: string): QueryPlan {
  const [part] = parseQuery(typed, folder);
  const [aliasPart] = parseQuery(alias, folder);
  if (!part || !aliasPart) throw new Error('bad fixture');
  return {
    terms: [
      {
        text: typed,
        quoted: false,
        variants: [
          { parts: [part], via: 'typed', text: typed },
          { parts: [aliasPart], via: 'alias', text: alias },
        ],
      },
    ],
  };
}

describe('candidates', () => {
  it('intersects the runs of all terms', () => {
    const plan = planQuery('党费 整改', folder);
    const found = candidates(plan, ids({ 党费: ['a', 'b', 'c'], 整改: ['b', 'c', 'd'] }));
    expect([...found.keys()].sort()).toEqual(['b', 'c']);
    expect(found.get('b')).toEqual([[true], [true]]);
  });
  it('needs every run of a part with punctuation', () => {
    const plan = planQuery('党费，整改', folder);
    expect([...candidates(plan, ids({ 党费: ['a', 'b'], 整改: ['b'] })).keys()]).toEqual(['b']);
  });
  it('accepts any variant of a term and records which were found', () => {
    const plan = withAlias('党章', '中国共产党章程');
    const found = candidates(plan, ids({ 党章: ['a'], 中国共产党章程: ['a', 'b'] }));
    expect(found.get('a')).toEqual([[true, true]]);
    expect(found.get('b')).toEqual([[false, true]]);
  });
  it('finds nothing when a run found nothing', () => {
    expect(candidates(planQuery('党费 量子', folder), ids({ 党费: ['a'] })).size).toBe(0);
  });
});

describe('needsText and resolveMatch', () => {
  it('asks for the text only where punctuation or several runs make Pagefind unsure', () => {
    expect(needsText(planQuery('党费 整改', folder), [[true], [true]])).toBe(false);
    expect(needsText(planQuery('80%', folder), [[true]])).toBe(true);
    expect(needsText(planQuery('"三会 一课"', folder), [[true]])).toBe(true);
  });
  it('drops a page whose text fails the check', () => {
    const plan = planQuery('党费，整改', folder);
    expect(resolveMatch(plan, [[true]], () => false)).toEqual({ ok: false, literal: false });
    expect(resolveMatch(plan, [[true]], () => true)).toEqual({ ok: true, literal: true });
  });
  it('marks pages found only through an expansion as not literal', () => {
    const plan = withAlias('党章', '中国共产党章程');
    const never = () => {
      throw new Error('no check needed');
    };
    expect(resolveMatch(plan, [[false, true]], never)).toEqual({ ok: true, literal: false });
    expect(resolveMatch(plan, [[true, true]], never)).toEqual({ ok: true, literal: true });
  });
});
