// Reproducible builds (issue 8): a second clean build of the same commit gives the same dist/,
// file for file and byte for byte. Known, justified differences would be listed here; none are.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteInto } from '../helpers/build';

/** Files allowed to differ between two builds, with the reason. */
const ALLOWED_DIFFERENCES: Record<string, string> = {};

function digest(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

describe('reproducible builds', () => {
  it('builds an identical site twice from clean', () => {
    // Two fresh builds next to dist/ (which other tests are serving), each from an empty cache.
    const dirs = ['.tmp/repro-a', '.tmp/repro-b'];
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
      rmSync('node_modules/.astro', { recursive: true, force: true });
      buildSiteInto(dir);
    }
    const [a, b] = dirs.map(digest) as [Map<string, string>, Map<string, string>];
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f) && !(f in ALLOWED_DIFFERENCES));
    expect(a.size).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  }, 600_000);
});
