// The lexicon the search client expands queries with (src/search/lexicon.ts): each glossary term
// with its aliases and the pinyin of both (full and initials, computed here at build time so no
// pinyin library reaches the browser), and each policy's full title with its aliases (《党章》).
import { pinyinKeys, type GlossaryTermRef } from '../../lib/glossary';
import type { CatalogPolicy } from '../../lib/policy-titles';
import { createLexicon, writeLexicon, type LexiconEntry, type LexiconFile, type LexiconSource } from '../../search/lexicon';
import type { Folder } from '../../search/text';

/** Pinyin keys of a label: full pinyin and, from two syllables on, the initials; e.g. 三会一课 → ["sanhuiyike", "shyk"]. */
function keysOf(label: string): string[] {
  const keys = pinyinKeys(label);
  return [keys.full, keys.initials.length >= 2 ? keys.initials : ''].filter(Boolean);
}

/** What the lexicon of a glossary and a policy catalogue is built from; one entry per distinct full form. */
export function lexiconSource(glossary: readonly GlossaryTermRef[], policies: readonly Pick<CatalogPolicy, 'title' | 'aliases'>[]): LexiconSource {
  const byForm = new Map<string, LexiconEntry>();
  const add = (form: string, aliases: string[], pinyin: string[], glossary: boolean) => {
    const entry = byForm.get(form) ?? { form, aliases: [], pinyin: [], glossary };
    entry.glossary ||= glossary;
    for (const alias of aliases) if (alias !== form && !entry.aliases.includes(alias)) entry.aliases.push(alias);
    for (const key of pinyin) if (!entry.pinyin.includes(key)) entry.pinyin.push(key);
    byForm.set(form, entry);
  };
  for (const term of glossary) add(term.term, term.aliases, [term.term, ...term.aliases].flatMap(keysOf), true);
  for (const policy of policies) add(policy.title, policy.aliases, [], false);
  return { entries: [...byForm.values()] };
}

/** The lexicon file: the lookups of {@link lexiconSource}, keys folded with `folder` (the browser's fold table). */
export function lexiconFile(glossary: readonly GlossaryTermRef[], policies: readonly Pick<CatalogPolicy, 'title' | 'aliases'>[], folder: Folder): LexiconFile {
  return writeLexicon(createLexicon(lexiconSource(glossary, policies), folder));
}
