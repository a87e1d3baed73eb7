import { pinyin } from 'pinyin-pro';

/**
 * ASCII slug of a Chinese label for file names and URLs, e.g. "三会一课" → "san-hui-yi-ke".
 * Han characters become toneless pinyin syllables; ASCII letters and digits are kept;
 * everything else separates. Long labels are cut at `maxSyllables` (default 8).
 */
export function slugify(label: string, maxSyllables = 8): string {
  const parts: string[] = [];
  for (const piece of pinyin(label.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })) {
    for (const word of piece.toLowerCase().split(/[^a-z0-9]+/)) {
      if (word) parts.push(word);
    }
  }
  const slug = parts.slice(0, maxSyllables).join('-');
  return slug || 'x';
}

/**
 * Slugs for a set of labels with no two alike: a later label whose slug is taken gets "-2", "-3"…
 * Sorted input gives stable output, e.g. ["工作", "公祖"] → {工作: "gong-zuo", 公祖: "gong-zu"}.
 */
export function uniqueSlugs(labels: Iterable<string>): Map<string, string> {
  const bySlug = new Set<string>();
  const result = new Map<string, string>();
  for (const label of [...new Set(labels)].sort()) {
    const base = slugify(label);
    let slug = base;
    for (let n = 2; bySlug.has(slug); n++) slug = `${base}-${n}`;
    bySlug.add(slug);
    result.set(label, slug);
  }
  return result;
}
