// The glossary as build-time plugins and pages see it: terms read straight from
// content/glossary/*.yaml (remark plugins run outside Astro's content layer), plus the pinyin
// keys the glossary page filters by. Pinyin is computed here, at build time, never in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as yaml from 'js-yaml';
import { pinyin } from 'pinyin-pro';

/** Default folder of the glossary: "content/glossary". */
export const GLOSSARY_DIR = 'content/glossary';

/** One glossary term as the term-marking plugin needs it. */
export interface GlossaryTermRef {
  /** Entry id = file name without .yaml, e.g. "san-hui-yi-ke". */
  id: string;
  /** The term as commonly written, e.g. "三会一课". */
  term: string;
  /** Other spellings, e.g. ["三会一课制度"]; default []. */
  aliases: string[];
  /** Short definition in plain words. */
  definition: string;
}

/**
 * Every term of `dir` (default {@link GLOSSARY_DIR}) in file-name order. Files that lack a term
 * or a definition are left out here; the content collection's schema reports them to the author.
 */
export function loadGlossaryTerms(dir = GLOSSARY_DIR): GlossaryTermRef[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const terms: GlossaryTermRef[] = [];
  for (const file of files) {
    const data = yaml.load(readFileSync(join(dir, file), 'utf8'), { schema: yaml.JSON_SCHEMA }) as Record<string, unknown> | null;
    const term = typeof data?.['term'] === 'string' ? data['term'].trim() : '';
    const definition = typeof data?.['definition'] === 'string' ? data['definition'].trim() : '';
    if (!term || !definition) continue;
    const aliases = Array.isArray(data?.['aliases']) ? data['aliases'].filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
    terms.push({ id: basename(file, '.yaml'), term, aliases: aliases.map((a) => a.trim()), definition });
  }
  return terms;
}

/** Pinyin keys of a label for finding it by typing Latin letters. */
export interface PinyinKeys {
  /** Toneless syllables, space-separated, e.g. "san hui yi ke". */
  syllables: string;
  /** The same without spaces, e.g. "sanhuiyike". */
  full: string;
  /** First letter of each syllable, e.g. "shyk". */
  initials: string;
  /** Upper-case first letter for the letter jumps, e.g. "S"; "#" when the label has none. */
  letter: string;
}

/** Pinyin keys of a Chinese label, e.g. pinyinKeys('三会一课').initials → "shyk". */
export function pinyinKeys(label: string): PinyinKeys {
  const syllables = pinyin(label.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const first = syllables[0]?.[0]?.toUpperCase() ?? '';
  return {
    syllables: syllables.join(' '),
    full: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    letter: /^[A-Z]$/.test(first) ? first : '#',
  };
}
