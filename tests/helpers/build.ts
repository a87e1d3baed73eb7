// Running a real site build from inside the test runner.
import { execFileSync } from 'node:child_process';

/**
 * The environment for a child build: Vitest puts Vite's test-mode variables (BASE_URL, MODE,
 * NODE_ENV=test …) into process.env, and a child Astro build would take them over.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[name];
  return { ...env, ...extra };
}

/** `npm run build` (`astro build`: pages + search index) into dist/ for `base` (default "/"). */
export function buildSite(base = '/'): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: buildEnv({ BASE_PATH: base }) });
}

/** The full build (`astro build`: pages + search index) into `outDir` instead of dist/, leaving dist/ alone. */
export function buildSiteInto(outDir: string, base = '/'): void {
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: 'pipe', env: buildEnv({ BASE_PATH: base }) });
}

/** Where the site project's setup builds the site for BASE_PATH=/kb/ (tests/setup/built-site.ts). */
export const KB_BASE = '/kb/';
export const KB_DIST = '.tmp/dist-kb';
