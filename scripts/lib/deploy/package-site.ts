// `npm run package`: a dated, reproducible tar.gz of dist/ with its SHA-256 checksum file.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { create } from 'tar';

/** What {@link packageSite} made. */
export interface SitePackage {
  /** Path of the archive, e.g. "release/dangjian-kb-20261122.tar.gz". */
  archive: string;
  /** Path of the checksum file next to it ("<hash>  <name>", as sha256sum writes it). */
  checksumFile: string;
  sha256: string;
  files: number;
}

function listFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, path, out);
    else out.push(relative(root, path));
  }
  return out;
}

/**
 * Packs `root` (default "dist") into `<outDir>/dangjian-kb-<YYYYMMDD>.tar.gz` under a top folder
 * "dist/". Entries are sorted and their times fixed, so the same dist/ gives the same bytes.
 */
export async function packageSite(root = 'dist', outDir = 'release', date = new Date()): Promise<SitePackage> {
  const stamp = date.toISOString().slice(0, 10).replaceAll('-', '');
  mkdirSync(outDir, { recursive: true });
  const archive = join(outDir, `dangjian-kb-${stamp}.tar.gz`);
  const files = listFiles(root).sort();
  await create(
    { gzip: { level: 9 }, file: archive, cwd: root, portable: true, noMtime: false, mtime: new Date('2000-01-01T00:00:00Z'), prefix: 'dist/' },
    files,
  );
  const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');
  const checksumFile = `${archive}.sha256`;
  writeFileSync(checksumFile, `${sha256}  ${basename(archive)}\n`);
  return { archive, checksumFile, sha256, files: files.length };
}
