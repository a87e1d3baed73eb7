// Recorded expectations (fixture folders like remark-gfm's: input → expected file). A missing
// expected file fails the test with the command that records it; recording happens only on
// purpose (UPDATE=1) and never under CI, so no test can approve its own output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';
import { recording } from './ci';

export { recording } from './ci';

/** The command that records the expectations of the running test file, e.g. "UPDATE=1 npx vitest run tests/unit/x.test.ts". */
export function recordCommand(): string {
  const testPath = expect.getState().testPath;
  return `UPDATE=1 npx vitest run ${testPath ? relative(process.cwd(), testPath) : ''}`.trim();
}

/**
 * Compares `actual` with the text recorded in `file`. With UPDATE=1 (outside CI) it writes
 * `actual` there instead; when the file is missing it fails, naming the command that records it.
 */
export function expectRecorded(file: string, actual: string): void {
  if (recording()) {
    writeFileSync(file, actual);
    return;
  }
  const shown = relative(process.cwd(), file);
  if (!existsSync(file)) {
    throw new Error(`${shown} is missing: nothing is recorded for this case. Check the output by hand, then record it with: ${recordCommand()}`);
  }
  expect(actual, `${shown} differs from the output (if the change is intended, re-record with: ${recordCommand()})`).toBe(readFileSync(file, 'utf8'));
}
