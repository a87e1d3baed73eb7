import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT, LIST_KEY, VERSION } from '../../../src/lib/workbench/list-store';

// Content pages read the list's item ids through the light kb-workbench-state island, which
// repeats the list's key and format rather than loading list-store (issue 9's page budget).
describe('light list reading in kb-workbench-state', () => {
  const source = readFileSync('src/islands/kb-workbench-state.ts', 'utf8');
  it('uses the same key, format and version as list-store', () => {
    expect(source).toContain(`export const LIST_KEY = '${LIST_KEY}';`);
    expect(source).toContain(`const LIST_FORMAT = '${FORMAT}';`);
    expect(source).toContain(`value.version !== ${VERSION}`);
  });
  it('does not import list-store at run time', () => {
    expect(source).not.toMatch(/import\s*\{[^}]*\}\s*from\s*'..\/lib\/workbench\/list-store'/);
  });
});
