// The built search index against the built pages, as files: what readers can read is in the
// index (entries, topics, each glossary term at its anchor), pages that only list other pages
// are not and carry no data-pagefind-body, and the browser's tables are there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFragments } from '../../src/integrations/search-index/index-files';
import type { IndexManifest } from '../../src/search/files';
import { htmlFiles, page, sitePath } from '../helpers/dist';

/** URL of every record in dist/pagefind, from its fragments. */
async function indexedUrls(): Promise<Set<string>> {
  return new Set([...(await indexFragments('dist/pagefind')).values()].map((fragment) => decodeURI(fragment.url)));
}

const withBody = htmlFiles().filter((file) => page(file).querySelector('[data-pagefind-body]'));

describe('the search index', () => {
  let urls: Set<string>;
  beforeAll(async () => {
    urls = await indexedUrls();
  });

  it('holds every entry and topic page, and every glossary term at its own anchor', () => {
    const expected = new Set<string>();
    for (const file of withBody) {
      const doc = page(file);
      const terms = [...doc.querySelectorAll('[data-kb-glossary-item] dt[id]')].map((dt) => `${sitePath(file)}#${dt.id}`);
      if (terms.length) terms.forEach((url) => expected.add(url));
      else expected.add(sitePath(file));
    }
    expect(urls).toEqual(expected);
    expect(urls.has('/glossary/#term-san-hui-yi-ke')).toBe(true);
    expect(urls.has('/topics/san-hui-yi-ke/')).toBe(true);
    expect([...urls].filter((u) => u.startsWith('/glossary/#term-')).length).toBe(page('glossary/index.html').querySelectorAll('[data-kb-glossary-item]').length);
  });

  it('leaves out pages that only list others, and those pages carry no data-pagefind-body', () => {
    const listings = ['index.html', 'templates/index.html', 'topics/index.html', 'tags/index.html', 'search/index.html', '404.html'];
    listings.push(htmlFiles().find((f) => /^tags\/[^/]+\/index\.html$/.test(f)) ?? 'missing tag page');
    listings.push(htmlFiles().find((f) => /^templates\/(scenario|dimension)\/[^/]+\/index\.html$/.test(f)) ?? 'missing facet page');
    listings.push(htmlFiles().find((f) => /^problems\//.test(f)) ?? 'missing 问题库 page');
    for (const file of listings) {
      expect(page(file).querySelector('[data-pagefind-body]'), file).toBeNull();
      expect(urls.has(sitePath(file)), file).toBe(false);
    }
    expect(withBody.filter((file) => !/^(policies|templates|materials|documents|topics)\/[^/]+\/index\.html$|^(glossary|fazhan-dangyuan)\/index\.html$/.test(file))).toEqual([]);
  });

  it('ships the tables the browser reads next to the index', () => {
    for (const name of ['kb-fold.json', 'kb-lexicon.json', 'kb-facets.json', 'kb-suggest.json', 'kb-index.json']) {
      const plain = readFileSync(join('dist/pagefind', name), 'utf8');
      expect(JSON.parse(plain), name).toBeTruthy();
      // The gzipped copy the browser fetches first holds the same text.
      expect(gunzipSync(readFileSync(join('dist/pagefind', `${name}.gz`))).toString('utf8'), name).toBe(plain);
    }
    // The shipped library is small: its facet data comes with the first results (facets.ts).
    const manifest = JSON.parse(readFileSync('dist/pagefind/kb-index.json', 'utf8')) as IndexManifest;
    expect(manifest).toEqual({ merge: [], warm: [], facets: { bytes: readFileSync('dist/pagefind/kb-facets.json.gz').length, loading: 'with-results' } });
    const { shards } = JSON.parse(readFileSync('dist/pagefind/kb-suggest.json', 'utf8')) as { shards: number };
    const suggest = readdirSync('dist/pagefind/suggest');
    expect(suggest.filter((name) => name.endsWith('.json'))).toHaveLength(shards);
    expect(suggest.filter((name) => name.endsWith('.json.gz'))).toHaveLength(shards);
  });
});
