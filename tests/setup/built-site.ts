// Global setup of the `site` test project: build dist/ once, and the same site for BASE_PATH=/kb/
// into .tmp/dist-kb/ (unless KB_REUSE_DIST=1 and the builds exist), serve dist/ on loopback and
// hand its URL to the tests as `siteUrl`.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/serve/static-server';
import { buildSite, buildSiteInto, KB_BASE, KB_DIST } from '../helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const reuse = process.env['KB_REUSE_DIST'] === '1';
  if (!(reuse && existsSync('dist/index.html'))) buildSite('/');
  if (!(reuse && existsSync(`${KB_DIST}/index.html`))) buildSiteInto(KB_DIST, KB_BASE);
  const server = await startStaticServer({ root: 'dist' });
  project.provide('siteUrl', server.url);
  return () => server.close();
}
