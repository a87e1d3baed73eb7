import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, importFile, JUNK_RULES, type ImportFileOptions } from '../../../scripts/lib/import/index.ts';
import { expectRecorded } from '../../helpers/expected-file.ts';
import { roundTrip } from './helpers.ts';

// Fixture folders like remark-gfm's: input.<ext> (+ options.json) → expected.mdx and
// expected-report.txt, or expected-error.txt for bad input. Recorded only on purpose with UPDATE=1
// (tests/helpers/expected-file.ts); a missing expected file fails.
const ROOT = join(import.meta.dirname, '../../fixtures/import');
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const compare = expectRecorded;

describe('import fixtures', () => {
  for (const name of cases) {
    const dir = join(ROOT, name);
    const input = readdirSync(dir).find((file) => file.startsWith('input.'));
    it(`${name}: imports ${input} as recorded`, async () => {
      expect(input, `${name} has no input.* file`).toBeDefined();
      const optionsFile = join(dir, 'options.json');
      const extra = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<ImportFileOptions>) : {};
      const options: ImportFileOptions = { collection: 'materials', split: 'never', today: '2030-01-01', ...extra };
      const path = join(dir, input!);
      const relative = (text: string) => text.replaceAll(`${dir}/`, '');
      let results;
      try {
        results = await importFile(path, options);
      } catch (error) {
        expect(name.startsWith('bad-'), `unexpected error: ${formatProblem(error)}`).toBe(true);
        compare(join(dir, 'expected-error.txt'), `${relative(formatProblem(error))}\n`);
        return;
      }
      expect(name.startsWith('bad-'), 'bad input was accepted').toBe(false);
      expect(results).toHaveLength(1);
      const [result] = results;
      compare(join(dir, 'expected.mdx'), result!.mdx);
      compare(join(dir, 'expected-report.txt'), `${relative(formatReport(result!.report).join('\n'))}\n`);
      await roundTrip(result!.mdx, options.collection);
    });
  }

  it('has a fixture for every junk rule', () => {
    const missing = JUNK_RULES.filter((rule) => !cases.includes(`junk-${rule.id}`)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it('shows in each junk fixture that its rule fired', () => {
    for (const rule of JUNK_RULES) {
      const report = readFileSync(join(ROOT, `junk-${rule.id}`, 'expected-report.txt'), 'utf8');
      expect(report).toContain(`规则 ${rule.id}`);
    }
  });
});
