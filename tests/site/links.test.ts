// Internal links and anchors resolve, at the root and under a sub-path (BASE_PATH=/kb/).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links/check-links';
import { KB_BASE, KB_DIST } from '../helpers/build';
import { htmlFiles, page } from '../helpers/dist';

describe('internal links', () => {
  it('finds zero broken links and anchors in the site built at /', () => {
    const result = checkLinks('dist', '/');
    expect(result.links).toBeGreaterThan(50);
    expect(result.broken).toEqual([]);
  });

  it('reports a link to a missing page and a missing anchor (the checker can fail)', () => {
    // Inspect a copy of one page with two bad links added, without touching dist/.
    execFileSync('mkdir', ['-p', '.tmp/links-negative/a']);
    const html = readFileSync('dist/index.html', 'utf8').replace('</main>', '<a href="/nope/">x</a><a href="/#no-such-id">y</a></main>');
    execFileSync('cp', ['dist/index.html', '.tmp/links-negative/index.html']);
    execFileSync('sh', ['-c', 'cat > .tmp/links-negative/a/index.html'], { input: html });
    const refs = checkLinks('.tmp/links-negative', '/').broken.filter((b) => b.page === 'a/index.html').map((b) => b.ref);
    expect(refs).toEqual(expect.arrayContaining(['/nope/', '/#no-such-id']));
  });
});

describe('a build under /kb/', () => {
  const outDir = KB_DIST; // built by tests/setup/built-site.ts

  it('builds with BASE_PATH=/kb/ and every internal link, including links written in content, stays under /kb/ and resolves', () => {
    expect(htmlFiles(outDir).length).toBeGreaterThan(100);
    for (const file of htmlFiles(outDir)) {
      const doc = page(file, outDir);
      for (const el of doc.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"], form[action^="/"]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        expect(ref.startsWith('/kb/'), `${file}: ${ref}`).toBe(true);
      }
    }
    const result = checkLinks(outDir, KB_BASE);
    expect(result.broken).toEqual([]);
  });
});
