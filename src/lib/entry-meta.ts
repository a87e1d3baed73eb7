// What the metadata panel and listing rows show for each kind of entry.
import { facetValues } from './facets';
import { t } from './i18n';
import { facetsOf, listingUrl, type LibraryEntry, type LibraryName } from './library';

/** One row of the metadata panel; `links` when the values lead to listing pages. */
export interface MetaRow {
  key: string;
  label: string;
  value?: string;
  links?: { label: string; href: string }[];
  /** Script of a value taken from a Traditional text ("zh-Hant"), shown in Simplified too when the reader asks. */
  script?: 'zh-Hant';
  /** The Simplified reading of the value when it is not a plain conversion, e.g. 简体（由繁体转换）. */
  simplified?: string;
}

// Facet slugs per library and facet, computed once per build rather than once per entry page
// (at 5,000 entries that was 5,000 passes over the whole library; issue 9).
const slugCache = new WeakMap<LibraryEntry[], Map<string, Map<string, string>>>();

function facetSlugs(name: LibraryName, key: string, all: LibraryEntry[]): Map<string, string> | undefined {
  let byKey = slugCache.get(all);
  if (!byKey) slugCache.set(all, (byKey = new Map()));
  let slugs = byKey.get(key);
  if (!slugs) {
    const facet = facetsOf(name).find((f) => f.key === key);
    if (!facet) return undefined;
    slugs = new Map(facetValues(facet, all).map((v) => [v.value, v.slug]));
    byKey.set(key, slugs);
  }
  return slugs;
}

/** Link each value of a facet to its listing page, e.g. 组织生活会 → /templates/scenario/zu-zhi-sheng-huo-hui/. */
function facetLinks(name: LibraryName, key: string, values: string[], all: LibraryEntry[]) {
  const slugs = facetSlugs(name, key, all);
  if (!slugs) return values.map((label) => ({ label, href: listingUrl(name) }));
  return values.map((label) => ({ label, href: listingUrl(name, `${key}/${slugs.get(label) ?? ''}`) }));
}

/** Formats a partial date for display: "2019-04-28" → "2019年4月28日", "2019" → "2019年". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

/** Metadata rows of an entry; `all` is its whole library (for facet slugs). */
export function metaRows(entry: LibraryEntry, all: LibraryEntry[]): MetaRow[] {
  const rows: MetaRow[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) rows.push({ key, label: t(`meta.${key}` as Parameters<typeof t>[0]), value });
  };
  switch (entry.collection) {
    case 'policies': {
      const d = entry.data;
      rows.push({ key: 'kind', label: t('meta.kind'), links: facetLinks('policies', 'kind', [d.kind], all) });
      add('aliases', d.aliases.join('、'));
      add('issuer', d.issuer);
      add('docNumber', d.docNumber);
      add('issued', d.issued && formatDate(d.issued));
      add('revised', d.revised && formatDate(d.revised));
      add('effective', d.effective && formatDate(d.effective));
      add('status', d.status);
      add('source', d.source);
      break;
    }
    case 'templates': {
      const d = entry.data;
      rows.push({ key: 'scenario', label: t('meta.scenario'), links: facetLinks('templates', 'scenario', d.scenario, all) });
      rows.push({ key: 'dimension', label: t('meta.dimension'), links: facetLinks('templates', 'dimension', d.dimension, all) });
      add('source', d.source);
      break;
    }
    case 'materials': {
      const d = entry.data;
      rows.push({ key: 'kind', label: t('meta.kind'), links: facetLinks('materials', 'kind', [d.kind], all) });
      const start = rows.length;
      add('author', d.author);
      add('organization', d.organization);
      add('publication', d.publication);
      add('date', d.date && formatDate(d.date));
      add('region', d.region);
      add('script', t(`script.${d.script}`));
      add('source', d.source);
      // A Traditional text's own words read in Simplified with the rest of the page; the script row says it was converted.
      if (d.script === 'zh-Hant') {
        for (const row of rows.slice(start)) {
          row.script = 'zh-Hant';
          if (row.key === 'script') row.simplified = t('script.convertedLabel');
        }
      }
      break;
    }
  }
  return rows;
}

/** One line under a title in listings, e.g. "论文 · 杨金海 · 2019年4月28日". */
export function entrySubtitle(entry: LibraryEntry): string {
  const parts: (string | undefined)[] = [];
  switch (entry.collection) {
    case 'policies':
      parts.push(entry.data.kind, entry.data.issuer, entry.data.docNumber, entry.data.status);
      break;
    case 'templates':
      parts.push(entry.data.scenario.join('、'), entry.data.dimension.join('、'));
      break;
    case 'materials':
      parts.push(entry.data.kind, entry.data.author ?? entry.data.organization, entry.data.date && formatDate(entry.data.date));
      break;
  }
  return parts.filter(Boolean).join(' · ');
}
