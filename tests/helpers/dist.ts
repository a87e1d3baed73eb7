// Reading a built site as files: list pages, parse them, collect links.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every HTML file under `root` as a path relative to it, e.g. "templates/x/index.html". */
export function htmlFiles(root = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

/** Parsed document of one built page, e.g. page('templates/index.html'). */
export function page(file: string, root = 'dist'): Document {
  return parseHTML(readFileSync(join(root, file), 'utf8')).document as unknown as Document;
}

/** Site path of a built file: "templates/x/index.html" → "/templates/x/". */
export function sitePath(file: string, base = '/'): string {
  return base + file.replace(/index\.html$/, '');
}

/** Entry pages of a collection: files at <collection>/<id>/index.html that are not listings. */
export function entryFiles(collection: string, root = 'dist'): string[] {
  return htmlFiles(root).filter((f) => new RegExp(`^${collection}/(?!page/)[^/]+/index\\.html$`).test(f) && page(f, root).querySelector('[data-kb-entry]'));
}
