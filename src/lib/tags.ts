import { slugify } from './slug';
import { url } from './url';

/**
 * URL of a tag's page, e.g. "三会一课" → "/tags/san-hui-yi-ke/". Tag slugs come from the tag
 * alone (not from the set of tags) so every page links the same URL; the tag pages check
 * for collisions at build time.
 */
export function tagUrl(tag: string): string {
  return url(`tags/${slugify(tag, 12)}`);
}

/** Slug of a tag page, e.g. "党费" → "dang-fei". */
export function tagSlug(tag: string): string {
  return slugify(tag, 12);
}
