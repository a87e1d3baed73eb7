// Finds broken internal links and anchors in a built site, the way a static host resolves them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** A link that leads nowhere: the page it is on, the reference and why. */
export interface BrokenLink {
  page: string;
  ref: string;
  reason: string;
}

const REF_ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The file a site path maps to, or undefined: "/kb/a/" → "<root>/a/index.html". */
function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inner = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(root, inner);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Checks every internal href/src/action in every HTML file under `root` (built for `base`,
 * e.g. "/kb/"): the target file must exist and a #fragment must name an id on the target page.
 * External links are not followed (the site must not have any in its chrome anyway).
 */
export function checkLinks(root: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      set = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? ''));
      for (const el of document.querySelectorAll('a[name]')) set.add(el.getAttribute('name') ?? '');
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  const files = walk(root);
  let links = 0;
  for (const file of files) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const pagePath = base + relative(root, file).replace(/index\.html$/, '');
    for (const [selector, attribute] of REF_ATTRIBUTES) {
      for (const el of document.querySelectorAll(selector)) {
        const ref = el.getAttribute(attribute) ?? '';
        if (/^(https?:|mailto:|tel:|data:|javascript:)|^\/\//i.test(ref) || ref === '') continue;
        links++;
        const target = new URL(ref, `http://site${pagePath}`);
        const targetFile = resolveFile(root, base, target.pathname);
        const name = relative(root, file);
        if (!targetFile) {
          broken.push({ page: name, ref, reason: target.pathname.startsWith(base) ? '目标不存在' : `不在站点路径 ${base} 之下` });
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
          broken.push({ page: name, ref, reason: `目标页没有 id="${fragment}"` });
        }
      }
    }
  }
  return { pages: files.length, links, broken };
}
