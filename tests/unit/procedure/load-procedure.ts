// The shipped 发展党员 procedure, read and validated as the build reads it.
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { ProcedureSchema, type Procedure } from '../../../src/schemas/procedure';

/** content/procedures/fazhan-dangyuan.yaml through ProcedureSchema; throws with the schema's messages. */
export function loadProcedure(): Procedure {
  return ProcedureSchema.parse(yaml.load(readFileSync('content/procedures/fazhan-dangyuan.yaml', 'utf8')));
}
