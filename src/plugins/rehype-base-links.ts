import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeBaseLinks}. */
export interface BaseLinksOptions {
  /** Base path the site is built for, e.g. "/kb/"; default "/" (no change). */
  base?: string;
}

/**
 * Prefixes root-relative links written in content (`/templates/x/`) with the site's base path,
 * so links inside MDX keep working when the site is served from a sub-path such as /kb/.
 * Leaves external, relative, fragment-only and already-prefixed links alone.
 */
export function rehypeBaseLinks(options: BaseLinksOptions = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
          node.properties[attribute] = base + value.slice(1);
        }
      }
    });
  };
}
