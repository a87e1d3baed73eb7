// The targets `npm run bench:search` exits non-zero on: each figure just past its target fails
// that check alone, and figures at the targets pass. Values written by hand.
import { describe, expect, it } from 'vitest';
import { checkTargets, type BenchFigures } from '../../../bench/lib/search/bench';

const atTargets: BenchFigures = {
  recall: 1,
  precision: 0.98,
  coverageProblems: 0,
  coldMsThrottled: 1000,
  newQueryMsThrottled: 200,
  suggestBytes: [
    { entries: 1000, bytes: 51_200 },
    { entries: 20000, bytes: 51_200 },
  ],
  indexSizeRatio: 1.3,
};

const failing = (figures: BenchFigures) => checkTargets(figures).filter((c) => !c.ok).map((c) => c.name);

describe('bench:search targets', () => {
  it('pass at the targets, one check per figure and library size', () => {
    expect(failing(atTargets)).toEqual([]);
    expect(checkTargets(atTargets)).toHaveLength(8);
  });
  it('fail one by one just past each target', () => {
    expect(failing({ ...atTargets, recall: 0.999 })).toEqual(['recall']);
    expect(failing({ ...atTargets, precision: 0.979 })).toEqual(['precision']);
    expect(failing({ ...atTargets, coverageProblems: 1 })).toEqual(['index coverage problems']);
    expect(failing({ ...atTargets, coldMsThrottled: 1001 })).toEqual(['cold load to first results, 4× throttled, median ms']);
    expect(failing({ ...atTargets, newQueryMsThrottled: 201 })).toEqual(['new query to first results, 4× throttled, median ms']);
    expect(failing({ ...atTargets, suggestBytes: [{ entries: 1000, bytes: 51_200 }, { entries: 20000, bytes: 51_201 }] })).toEqual(['suggestion data per query at 20000 entries, gzip bytes']);
    expect(failing({ ...atTargets, indexSizeRatio: 1.31 })).toEqual(['index size over default Pagefind on the same pages']);
  });
});
