// One built page of each page type, as site paths ("templates/x/"), for journeys and audits.
import { existsSync } from 'node:fs';
import { entryFiles, htmlFiles, page } from './dist';

/** A representative path for each page type that exists in dist/. */
export function pageTypes(root = 'dist'): Record<string, string> {
  const files = htmlFiles(root);
  const first = (pattern: RegExp) => files.find((f) => pattern.test(f));
  const toPath = (file: string | undefined) => (file ? file.replace(/index\.html$/, '') : undefined);
  const types: Record<string, string | undefined> = {
    home: '',
    policies: 'policies/',
    templates: 'templates/',
    materials: 'materials/',
    facet: toPath(first(/^templates\/(scenario|dimension)\/[^/]+\/index\.html$/)),
    policy: toPath(entryFiles('policies', root)[0]),
    policyText: toPath(entryFiles('policies', root).find((f) => page(f, root).querySelector('[data-kb-outline]'))),
    compare: toPath(first(/^policies\/[^/]+\/compare\/[^/]+\/changes\/index\.html$/)),
    template: toPath(entryFiles('templates', root)[0]),
    material: toPath(entryFiles('materials', root)[0]),
    tags: 'tags/',
    tag: toPath(first(/^tags\/[^/]+\/index\.html$/)),
    glossary: 'glossary/',
    topics: 'topics/',
    topic: toPath(first(/^topics\/[^/]+\/index\.html$/)),
    search: 'search/?q=%E6%95%B4%E6%94%B9',
    problems: existsSync(`${root}/problems/index.html`) ? 'problems/' : undefined,
    list: existsSync(`${root}/list/index.html`) ? 'list/' : undefined,
    procedure: existsSync(`${root}/fazhan-dangyuan/index.html`) ? 'fazhan-dangyuan/' : undefined,
    document: toPath(first(/^documents\/[^/]+\/index\.html$/)),
    notFound: 'no-such-page/',
  };
  return Object.fromEntries(Object.entries(types).filter((e): e is [string, string] => e[1] !== undefined));
}
