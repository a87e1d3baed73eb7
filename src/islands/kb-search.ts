// <kb-search>: the search page's results, filters and paging. The query and the chosen
// filters live in the URL (?q=…&tag=…), so a search can be shared and survives back/forward.
// Pagefind loads only here (src/search/client.ts). Titles and metadata go in as textContent;
// excerpts are built as DOM nodes from the decoded text, never as HTML strings.
import { t, type MessageKey } from '../lib/i18n';
import { FACETS, SearchEngine, type ExcerptPart, type FacetKey, type Hit, type HitDetails, type SearchOutcome } from '../search/client';

/** Results shown per batch; the "more" button shows the next batch. */
const BATCH = 10;
/** Wait after the last keystroke before searching, in ms. */
const DEBOUNCE = 200;
/** Tag values shown before the rest fold into a <details>. */
const TAGS_SHOWN = 8;

type Filters = Map<FacetKey, Set<string>>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderExcerpt(parts: ExcerptPart[], into: HTMLElement) {
  for (const part of parts) into.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
}

class KbSearch extends HTMLElement {
  readonly engine = new SearchEngine(import.meta.env.BASE_URL);
  /** Stale-result guard: only the latest search may render. */
  #counter = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #query = '';
  #filters: Filters = new Map();
  #outcome: SearchOutcome | undefined;
  #sets: Map<FacetKey, Map<string, Set<string>>> | undefined;
  #visible: Hit[] = [];
  #shown = 0;

  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #status!: HTMLElement;
  #facets!: HTMLElement;
  #advice!: HTMLElement;
  #keys!: HTMLElement;

  connectedCallback() {
    const input = document.querySelector<HTMLInputElement>(this.dataset['form'] ?? '#kb-search-page');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!input || !results) return;
    this.#input = input;
    this.#results = results;
    this.#more = this.querySelector('[data-search-more]') as HTMLButtonElement;
    this.#status = this.querySelector('[data-kb-status]') as HTMLElement;
    this.#facets = this.querySelector('[data-kb-facets]') as HTMLElement;
    this.#advice = this.querySelector('[data-kb-advice]') as HTMLElement;
    this.#keys = this.querySelector('[data-kb-keys]') as HTMLElement;

    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#setQuery(input.value, 'commit');
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#setQuery(input.value, 'typing'), DEBOUNCE);
    });
    input.addEventListener('focus', () => void this.engine.load().catch(() => {}), { once: true });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.#links().length) {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    results.addEventListener('keydown', (event) => this.#onResultKey(event));
    this.#more.addEventListener('click', () => void this.#work(() => this.#renderBatch(this.#counter, true)));
    this.#facets.addEventListener('change', (event) => this.#onFacetChange(event));
    this.#advice.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-kb-clear-filters]')) {
        this.#filters = new Map();
        this.#pushUrl('push');
        void this.#work(() => this.#apply(this.#counter));
      }
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  /** Reads query and filters from the address bar and searches. */
  #fromUrl() {
    const params = new URLSearchParams(location.search);
    this.#query = params.get('q') ?? '';
    this.#filters = new Map();
    for (const key of FACETS) {
      const values = params.getAll(key).filter(Boolean);
      if (values.length) this.#filters.set(key, new Set(values));
    }
    this.#input.value = this.#query;
    void this.#run();
  }

  /**
   * Typing ('typing') adds one history entry per editing session and then replaces it, so back
   * returns to the previous search, not to every keystroke; Enter ('commit') ends the session.
   */
  #setQuery(query: string, mode: 'commit' | 'typing') {
    const changed = query !== this.#query;
    this.#query = query;
    const typingEntry = (history.state as { kbTyping?: boolean } | null)?.kbTyping === true;
    if (mode === 'typing') {
      if (changed) this.#pushUrl(typingEntry ? 'replace' : 'push', true);
    } else {
      this.#pushUrl(changed && !typingEntry ? 'push' : 'replace', false);
    }
    if (changed) void this.#run();
  }

  #pushUrl(mode: 'push' | 'replace', typing = false) {
    const params = new URLSearchParams();
    if (this.#query) params.set('q', this.#query);
    for (const [key, values] of this.#filters) for (const value of values) params.append(key, value);
    const search = params.toString();
    const url = location.pathname + (search ? `?${search}` : '');
    const state = typing ? { kbTyping: true } : null;
    if (mode === 'push' && url !== location.pathname + location.search) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  }

  #busy(on: boolean) {
    this.#results.setAttribute('aria-busy', String(on));
  }

  /** For tests and the bench: "done" once results, facets and paging have all settled. */
  #state(state: 'busy' | 'done') {
    this.dataset['state'] = state;
  }

  /** Runs a piece of UI work with the state flag around it. */
  async #work(task: () => Promise<void>) {
    this.#state('busy');
    try {
      await task();
    } finally {
      this.#state('done');
    }
  }

  async #run() {
    const id = ++this.#counter;
    this.#state('busy');
    try {
      await this.#search(id);
    } finally {
      if (id === this.#counter) this.#state('done');
    }
  }

  async #search(id: number) {
    const query = this.#query.trim();
    this.#outcome = undefined;
    if (!query) {
      this.#results.replaceChildren();
      this.#facets.hidden = true;
      this.#advice.hidden = true;
      this.#more.hidden = true;
      this.#keys.hidden = true;
      this.#status.textContent = t('search.hint');
      this.#busy(false);
      return;
    }
    this.#busy(true);
    this.#status.textContent = this.engine.loaded ? t('search.searching') : t('search.loading');
    try {
      const outcome = await this.engine.search(query);
      if (id !== this.#counter) return;
      // Facet counts need every value's page set; fetch them first only when filters are set,
      // otherwise show results first and add the facets when they arrive.
      if (this.#filters.size && outcome.hits.length) this.#sets = await this.engine.facetSets();
      if (id !== this.#counter) return;
      this.#outcome = outcome;
      await this.#apply(id);
      if (!this.#sets && outcome.hits.length) {
        const sets = await this.engine.facetSets();
        if (id !== this.#counter) return;
        this.#sets = sets;
        this.#renderFacets(outcome.hits);
      }
    } catch (error) {
      if (id !== this.#counter) return;
      this.#results.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = t('search.error', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (id === this.#counter) this.#busy(false);
    }
  }

  /** Whether a page passes every selected facet except `except` (OR within a facet, AND across). */
  #passes(id: string, except?: FacetKey): boolean {
    for (const [key, values] of this.#filters) {
      if (key === except || values.size === 0) continue;
      const sets = this.#sets?.get(key);
      if (![...values].some((value) => sets?.get(value)?.has(id))) return false;
    }
    return true;
  }

  /** Applies the filters to the current outcome and renders facets and the first batch. */
  async #apply(id: number) {
    const outcome = this.#outcome;
    if (!outcome) return;
    this.#visible = outcome.hits.filter((hit) => this.#passes(hit.id));
    this.#renderFacets(outcome.hits);
    this.#results.replaceChildren();
    this.#shown = 0;
    const total = outcome.hits.length;
    const count = this.#visible.length;
    this.#status.textContent = count === total ? t('search.count', { count }) : t('search.countFiltered', { count, total });
    this.#renderAdvice(outcome, total);
    await this.#renderBatch(id, false);
  }

  async #renderBatch(id: number, focusFirst: boolean) {
    const outcome = this.#outcome;
    if (!outcome || id !== this.#counter) return;
    const batch = this.#visible.slice(this.#shown, this.#shown + BATCH);
    this.#busy(true);
    try {
      // A result whose text cannot be loaded (an index older than the page) is left out, not fatal.
      const settledDetails = await Promise.allSettled(batch.map((hit) => this.engine.details(hit, outcome.terms)));
      if (id !== this.#counter || this.#outcome !== outcome) return;
      const items = settledDetails.flatMap((detail, i) => (detail.status === 'fulfilled' ? [this.#renderHit(detail.value, batch[i] as Hit)] : []));
      this.#results.append(...items);
      this.#shown += batch.length;
      if (focusFirst) items[0]?.querySelector<HTMLAnchorElement>('.kb-result__title a')?.focus();
    } finally {
      if (id === this.#counter) this.#busy(false);
    }
    const left = this.#visible.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.disabled = left <= 0;
    this.#more.textContent = t('search.more', { count: Math.max(0, left) });
    this.#keys.hidden = this.#shown === 0;
  }

  #link(url: string, anchor?: string): string {
    const params = new URLSearchParams({ highlight: this.#query.trim() });
    return `${url}?${params}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  }

  #renderHit(detail: HitDetails, hit: Hit): HTMLLIElement {
    const item = el('li', 'kb-result');
    const heading = el('h2', 'kb-result__title');
    const link = el('a', undefined, detail.title);
    link.href = this.#link(detail.url);
    heading.append(link);
    const meta = el('div', 'kb-result__meta');
    const collectionKey = `collection.${detail.collection}` as MessageKey;
    meta.append(el('span', 'kb-badge', detail.collection ? t(collectionKey) : ''));
    if (detail.sub) meta.append(el('span', undefined, detail.sub));
    if (hit.inTitle) meta.append(el('span', 'kb-result__flag', t('search.inTitle')));
    const excerpt = el('p', 'kb-result__excerpt');
    renderExcerpt(detail.excerpt, excerpt);
    item.append(heading, meta, excerpt);
    if (detail.subResults.length) {
      const list = el('ul', 'kb-result__subs');
      list.setAttribute('aria-label', t('search.subResults'));
      for (const sub of detail.subResults) {
        const li = el('li');
        const a = el('a', undefined, /^item-(\d+)$/.test(sub.id) ? `${t('search.item', { n: sub.id.slice(5) })}：${sub.title}` : sub.title);
        a.href = this.#link(detail.url, sub.id);
        li.append(a);
        if (sub.excerpt.length) {
          const p = el('p');
          renderExcerpt(sub.excerpt, p);
          li.append(p);
        }
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }

  #renderFacets(hits: Hit[]) {
    const sets = this.#sets;
    this.#facets.querySelectorAll('fieldset').forEach((node) => node.remove());
    if (!sets || hits.length === 0) {
      this.#facets.hidden = true;
      return;
    }
    for (const key of FACETS) {
      const values = sets.get(key);
      if (!values) continue;
      const selected = this.#filters.get(key) ?? new Set<string>();
      const counted = [...values]
        .map(([value, ids]) => ({ value, count: hits.filter((hit) => ids.has(hit.id) && this.#passes(hit.id, key)).length }))
        .filter(({ value, count }) => count > 0 || selected.has(value))
        .sort((a, b) => (key === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN')));
      if (counted.length === 0) continue;
      const fieldset = el('fieldset', 'kb-facet');
      fieldset.append(el('legend', undefined, t(`search.facet.${key}` as MessageKey)));
      const rest = el('details');
      rest.append(el('summary', undefined, t('search.moreValues')));
      counted.forEach(({ value, count }, i) => {
        const label = el('label', count === 0 ? 'kb-facet--empty' : undefined);
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = selected.has(value);
        label.append(box, el('span', undefined, value), el('span', 'kb-facet__count', String(count)));
        if (key === 'tag' && i >= TAGS_SHOWN && !selected.has(value)) rest.append(label);
        else fieldset.append(label);
      });
      if (rest.childElementCount > 1) fieldset.append(rest);
      this.#facets.append(fieldset);
    }
    this.#facets.hidden = false;
  }

  #onFacetChange(event: Event) {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const key = box.name as FacetKey;
    const values = new Set(this.#filters.get(key) ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) this.#filters.set(key, values);
    else this.#filters.delete(key);
    this.#pushUrl('push');
    const focusKey = `${key}\u0000${box.value}`;
    void this.#work(() => this.#apply(this.#counter)).then(() => {
      const again = [...this.#facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => `${b.name}\u0000${b.value}` === focusKey);
      again?.focus();
    });
  }

  #renderAdvice(outcome: SearchOutcome, total: number) {
    this.#advice.replaceChildren();
    this.#advice.hidden = this.#visible.length > 0;
    if (this.#visible.length > 0) return;
    this.#advice.className = 'kb-search__advice';
    if (total > 0) {
      const p = el('p', undefined, t('search.tryClearFilters') + ' ');
      const button = el('button', 'kb-button', t('search.clearFilters'));
      button.type = 'button';
      button.dataset['kbClearFilters'] = '';
      p.append(button);
      this.#advice.append(p);
      return;
    }
    this.#advice.append(el('p', undefined, t('search.noResults', { query: this.#query.trim() })));
    if (outcome.terms.length > 1) {
      this.#advice.append(el('p', undefined, t('search.tryFewer')));
      const list = el('ul');
      for (const term of outcome.terms) {
        const a = el('a', undefined, term.text);
        a.href = `?${new URLSearchParams({ q: term.quoted ? `"${term.text}"` : term.text })}`;
        const li = el('li');
        li.append(a);
        list.append(li);
      }
      this.#advice.append(list);
    }
    this.#advice.append(el('p', undefined, t('search.tryScript')));
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('.kb-result__title a')];
  }

  #onResultKey(event: KeyboardEvent) {
    const links = this.#links();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(links.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = current - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    else if (event.key === 'Escape') next = -1;
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) this.#input.focus();
    else links[next]?.focus();
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
