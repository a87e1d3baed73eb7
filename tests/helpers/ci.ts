// What kind of run this is. CI runs `bash .ci/run` with CI=true; there nothing is recorded and
// nothing a promise depends on may be skipped.

/** Whether this run is CI (CI=true, as CI runs set it); e.g. "true" → true, "false" or unset → false. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** Whether this run records expectations (fixture files, snapshots): UPDATE=1 outside CI; under CI never. */
export function recording(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['UPDATE'] === '1' && !isCi(env);
}
