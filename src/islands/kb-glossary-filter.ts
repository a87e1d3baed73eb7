// <kb-glossary-filter>: narrows the glossary as the reader types Chinese, full pinyin or pinyin
// initials ("shyk" → 三会一课). The pinyin was computed at build time into each item's
// data-search attribute; this only compares strings.

/** Traditional → Simplified pairs from the page's data-fold ("黨党費费"), for {@link normaliseQuery}. */
export function foldMap(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/**
 * Lower-cased query without spaces and apostrophes, Traditional characters folded to Simplified
 * as search does, e.g. "San Hui'yi" → "sanhuiyi", "黨費" → "党费".
 */
export function normaliseQuery(query: string, fold: Map<string, string> = new Map()): string {
  return [...query.normalize('NFKC').toLowerCase().replace(/[\s'’]+/g, '')].map((ch) => fold.get(ch) ?? ch).join('');
}

/** Whether an item's search keys (space-separated) match the normalised query. */
export function matches(keys: string, query: string): boolean {
  if (!query) return true;
  return keys.split(' ').some((key) => key.includes(query));
}

class KbGlossaryFilter extends HTMLElement {
  private fold = new Map<string, string>();

  connectedCallback() {
    this.hidden = false;
    this.fold = foldMap(this.dataset['fold'] ?? '');
    const input = this.querySelector('input');
    input?.addEventListener('input', () => this.apply(input.value));
    if (input?.value) this.apply(input.value);
  }

  private apply(raw: string) {
    const query = normaliseQuery(raw, this.fold);
    let count = 0;
    for (const section of document.querySelectorAll<HTMLElement>('[data-kb-glossary-letter]')) {
      let visible = 0;
      for (const item of section.querySelectorAll<HTMLElement>('[data-kb-glossary-item]')) {
        const hit = matches(item.dataset['search'] ?? '', query);
        item.hidden = !hit;
        if (hit) visible++;
      }
      section.hidden = visible === 0;
      count += visible;
    }
    const status = this.querySelector<HTMLElement>('[data-kb-glossary-status]');
    if (status) {
      status.textContent = !query
        ? ''
        : count > 0
          ? (status.dataset['templateCount'] ?? '').replace('{count}', String(count))
          : (status.dataset['templateNone'] ?? '');
    }
  }
}

if (!customElements.get('kb-glossary-filter')) customElements.define('kb-glossary-filter', KbGlossaryFilter);
