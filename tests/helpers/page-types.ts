// One built page of each page type, as site paths ("templates/x/"), for journeys and audits.
// Every listed type must exist in the build: a sweep that quietly dropped a missing type would
// pass while checking less than it says.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryFiles, htmlFiles, page } from './dist';

/** A representative path for each page type; throws when a type has no page in `root`. */
export function pageTypes(root = 'dist'): Record<string, string> {
  const files = htmlFiles(root);
  const first = (pattern: RegExp) => files.find((f) => pattern.test(f));
  const toPath = (file: string | undefined) => (file ? file.replace(/index\.html$/, '') : undefined);
  // Type → [path to visit, built file that must exist].
  const types: Record<string, [string | undefined, string | undefined]> = {
    home: ['', 'index.html'],
    policies: ['policies/', 'policies/index.html'],
    templates: ['templates/', 'templates/index.html'],
    materials: ['materials/', 'materials/index.html'],
    facet: byFile(toPath, first(/^templates\/(scenario|dimension)\/[^/]+\/index\.html$/)),
    policy: byFile(toPath, entryFiles('policies', root)[0]),
    policyText: byFile(toPath, entryFiles('policies', root).find((f) => page(f, root).querySelector('[data-kb-outline]'))),
    compare: byFile(toPath, first(/^policies\/[^/]+\/compare\/[^/]+\/changes\/index\.html$/)),
    template: byFile(toPath, entryFiles('templates', root)[0]),
    material: byFile(toPath, entryFiles('materials', root)[0]),
    tags: ['tags/', 'tags/index.html'],
    tag: byFile(toPath, first(/^tags\/(?!page\/)[^/]+\/index\.html$/)),
    glossary: ['glossary/', 'glossary/index.html'],
    topics: ['topics/', 'topics/index.html'],
    topic: byFile(toPath, first(/^topics\/[^/]+\/index\.html$/)),
    search: ['search/?q=%E6%95%B4%E6%94%B9', 'search/index.html'],
    problems: ['problems/', 'problems/index.html'],
    list: ['list/', 'list/index.html'],
    procedure: ['fazhan-dangyuan/', 'fazhan-dangyuan/index.html'],
    document: byFile(toPath, first(/^documents\/[^/]+\/index\.html$/)),
    notFound: ['no-such-page/', '404.html'],
  };
  const missing = Object.entries(types)
    .filter(([, [path, file]]) => path === undefined || file === undefined || !existsSync(join(root, file)))
    .map(([type]) => type);
  if (missing.length) throw new Error(`${root}/ has no page of type ${missing.join(', ')}: the page-type sweeps would skip them. Build the site, or take the type out of tests/helpers/page-types.ts if it was removed on purpose.`);
  return Object.fromEntries(Object.entries(types).map(([type, [path]]) => [type, path!]));
}

function byFile(toPath: (file: string | undefined) => string | undefined, file: string | undefined): [string | undefined, string | undefined] {
  return [toPath(file), file];
}
