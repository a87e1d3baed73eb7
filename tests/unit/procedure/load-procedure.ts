// The shipped 发展党员 procedure, read and validated as the build reads it.
import { readEntryFile } from '../../../src/lib/content/entry-file';
import type { Procedure } from '../../../src/schemas/procedure';

/** content/procedures/fazhan-dangyuan.yaml through the one entry reader; throws with the schema's messages. */
export function loadProcedure(): Procedure {
  const result = readEntryFile('procedures', 'content/procedures/fazhan-dangyuan.yaml');
  if (!result.entry) throw new Error(result.problems.join('\n'));
  return result.entry.data as unknown as Procedure;
}
