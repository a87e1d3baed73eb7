import { describe, expect, it } from 'vitest';
import { medianSearch, type SearchMeasure } from '../../../bench/lib/browser';

const sample = (firstResultsMs: number, bytes = 1000): SearchMeasure => ({ query: '三会一课', bytes, bytesToFirstResults: bytes, requests: 3, firstResultsMs, results: 10, largest: [] });

describe('the first-search figure of the bench', () => {
  it('is the median sample, not the first or the fastest, and keeps every sample time', () => {
    const median = medianSearch([sample(737, 1), sample(303, 2), sample(310, 3), sample(295, 4), sample(990, 5)]);
    expect(median.firstResultsMs).toBe(310);
    expect(median.bytes).toBe(3);
    expect(median.samplesMs).toEqual([737, 303, 310, 295, 990]);
  });

  it('takes the lower middle of an even count, and refuses no samples', () => {
    expect(medianSearch([sample(400), sample(100), sample(300), sample(200)]).firstResultsMs).toBe(200);
    expect(() => medianSearch([])).toThrow(/no first-search sample/);
  });
});
