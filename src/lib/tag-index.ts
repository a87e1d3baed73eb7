import { AstroError } from 'astro/errors';
import type { LibraryEntry } from './library';
import { tagSlug } from './tags';

/** A tag with its slug and the entries carrying it, in listing order. */
export interface TagGroup {
  tag: string;
  slug: string;
  entries: LibraryEntry[];
}

/**
 * Groups entries by tag, sorted by use (most first). Two different tags with the same slug
 * (homophones such as 党费/党非) stop the build with the fix, rather than mixing two tags.
 */
export function groupByTag(entries: readonly LibraryEntry[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    for (const tag of entry.data.tags) {
      const slug = tagSlug(tag);
      const other = bySlug.get(slug);
      if (other !== undefined && other !== tag) {
        throw new AstroError(
          `标签「${tag}」和「${other}」的网址相同（tags/${slug}/）。见 content/${entry.collection}/${entry.id}.mdx → tags。`,
          '请统一成同一个标签，或把其中一个改成不同的说法。',
        );
      }
      bySlug.set(slug, tag);
      const group = groups.get(tag) ?? { tag, slug, entries: [] };
      group.entries.push(entry);
      groups.set(tag, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || a.tag.localeCompare(b.tag, 'zh-Hans-CN'));
}
