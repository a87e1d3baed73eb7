// Global setup of the `site` test project: build dist/ once (unless KB_REUSE_DIST=1 and
// a build exists), serve it on loopback and hand its URL to the tests as `siteUrl`.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/serve/static-server';
import { buildSite } from '../helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env['KB_REUSE_DIST'] === '1' && existsSync('dist/index.html'))) {
    buildSite('/');
  }
  const server = await startStaticServer({ root: 'dist' });
  project.provide('siteUrl', server.url);
  return () => server.close();
}
