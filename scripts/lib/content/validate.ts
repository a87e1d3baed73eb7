// Validates content files against the site's schemas without running Astro, so `npm run check`
// and the importer can report every problem at once (Astro's build stops at the first). Reading
// and validation are the one entry reader's (src/lib/content/entry-file.ts).
import { readFile } from 'node:fs/promises';
import { COLLECTIONS, isCollection } from '../../../src/lib/content/collections';
import { parseEntry } from '../../../src/lib/content/entry-file';

/**
 * Problems of one content file as "file → field：message" lines; [] when it is valid.
 * `collection` is the folder name, e.g. "templates"; `file` is how to name the file in messages.
 */
export function validateContent(collection: string, file: string, text: string): string[] {
  if (!isCollection(collection)) return [`${file} → 不认识的内容集合「${collection}」。可用：${Object.keys(COLLECTIONS).join('、')}。`];
  return parseEntry(collection, file, text).problems;
}

/** Reads and validates a file on disk; see {@link validateContent}. */
export async function validateFile(collection: string, path: string): Promise<string[]> {
  return validateContent(collection, path, await readFile(path, 'utf8'));
}
