// <kb-glossary-filter>: narrows the glossary as the reader types Chinese, full pinyin or pinyin
// initials ("shyk" → 三会一课). The pinyin was computed at build time into each item's
// data-search attribute; this only compares strings.

/** Lower-cased query without spaces and apostrophes, e.g. "San Hui'yi" → "sanhuiyi". */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/[\s'’]+/g, '');
}

/** Whether an item's search keys (space-separated) match the normalised query. */
export function matches(keys: string, query: string): boolean {
  if (!query) return true;
  return keys.split(' ').some((key) => key.includes(query));
}

class KbGlossaryFilter extends HTMLElement {
  connectedCallback() {
    this.hidden = false;
    const input = this.querySelector('input');
    input?.addEventListener('input', () => this.apply(input.value));
    if (input?.value) this.apply(input.value);
  }

  private apply(raw: string) {
    const query = normaliseQuery(raw);
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
