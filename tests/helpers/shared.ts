// The shared folder (seed texts, sources, docs) is found the way CI finds it: `../shared`
// beside the repository (CI clones the repository next to a copy of shared/), or the folder
// KB_SHARED_DIR names. A missing file fails loudly: a test never skips for want of it.
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The shared folder: $KB_SHARED_DIR, else ../shared beside the repository, e.g. /work/shared. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO, env['KB_SHARED_DIR'] ?? '../shared');
}

/** Path of a file or folder in the shared folder, e.g. sharedPath('seeds', '001_….txt'); throws when it is missing. */
export function sharedPath(...parts: string[]): string {
  const file = path.join(sharedDir(), ...parts);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing. Tests read the shared files from ../shared beside the repository (where CI puts them) or from $KB_SHARED_DIR: ` +
        `link it with \`ln -s /path/to/shared ${path.resolve(REPO, '..', 'shared')}\` or set KB_SHARED_DIR.`,
    );
  }
  return file;
}
