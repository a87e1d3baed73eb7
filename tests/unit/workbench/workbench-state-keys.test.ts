import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILL_KEY } from '../../../src/lib/workbench/fill-store';
import { ASIDE_PREFIX, FORMAT, LIST_KEY, VERSION } from '../../../src/lib/workbench/list-store';
import { checkEnvelope, FILL_STORE, LIST_STORE } from '../../../src/lib/workbench/storage-keys';

// One place for the workbench's storage keys and format check (storage-keys.ts): the stores and
// the light content-page island take them from there instead of repeating them.
describe('workbench storage keys', () => {
  it('are defined once and used by the stores', () => {
    expect([LIST_KEY, FORMAT, VERSION, ASIDE_PREFIX]).toEqual([LIST_STORE.key, LIST_STORE.format, LIST_STORE.version, LIST_STORE.asidePrefix]);
    expect(FILL_KEY).toBe(FILL_STORE.key);
  });

  it('are not repeated as literals in the islands', () => {
    for (const file of ['src/islands/kb-workbench-state.ts', 'src/islands/kb-rectification-list.ts', 'src/islands/kb-workbench-list.ts']) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toContain(`'${LIST_STORE.key}'`);
    }
  });

  it('tell our value from corrupted, foreign and newer ones', () => {
    expect(checkEnvelope('{oops', LIST_STORE)).toEqual({ ok: false, problem: 'corrupt' });
    expect(checkEnvelope('{"format":"other","version":1}', LIST_STORE)).toEqual({ ok: false, problem: 'foreign' });
    expect(checkEnvelope('[1]', LIST_STORE)).toEqual({ ok: false, problem: 'foreign' });
    expect(checkEnvelope(`{"format":"${LIST_STORE.format}","version":1.5}`, LIST_STORE)).toEqual({ ok: false, problem: 'foreign' });
    expect(checkEnvelope(`{"format":"${LIST_STORE.format}","version":${LIST_STORE.version + 1}}`, LIST_STORE)).toEqual({ ok: false, problem: 'newer' });
    expect(checkEnvelope(`{"format":"${LIST_STORE.format}","version":1}`, LIST_STORE)).toMatchObject({ ok: true, version: 1 });
  });

  it('are not pulled into content pages with the whole list store', () => {
    const source = readFileSync('src/islands/kb-workbench-state.ts', 'utf8');
    expect(source).not.toMatch(/from '..\/lib\/workbench\/list-store'/);
  });
});
