// The glossary as build-time plugins and pages see it: terms read with the one entry reader
// (the build integration reads them once per build and hands them to the plugins), plus the pinyin
// keys the glossary page filters by. Pinyin is computed here, at build time, never in the browser.
import { pinyin } from 'pinyin-pro';
import { readCollection } from './content/entry-file';

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
 * Every term of the glossary under `root` (default: the working directory) in file-name order,
 * read with the one entry reader. Throws every problem of the folder at once.
 */
export function loadGlossaryTerms(root = '.'): GlossaryTermRef[] {
  const { entries, problems } = readCollection('glossary', root);
  if (problems.length) throw new Error(problems.join('\n'));
  return entries.map(({ id, data }) => ({
    id,
    term: String(data['term']).trim(),
    aliases: ((data['aliases'] as string[] | undefined) ?? []).map((alias) => alias.trim()).filter(Boolean),
    definition: String(data['definition']).trim(),
  }));
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
