// Names of the files the indexer writes next to Pagefind's own in <site>/pagefind/ and the
// browser fetches from there: one definition for both sides.

/** Per-character fold table (src/search/fold-map.ts). */
export const FOLD_FILE = 'kb-fold.json';
/** Facet values per page (src/search/facets.ts). */
export const FACET_FILE = 'kb-facets.json';
/** Aliases and pinyin keys for query expansion (src/search/lexicon.ts). */
export const LEXICON_FILE = 'kb-lexicon.json';
