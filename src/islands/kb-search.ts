// <kb-search>: wires the search page to the search modules. The query and the chosen filters
// live in the URL (src/search/url-state.ts, history.ts); searching, merging and ranking happen
// in src/search/client.ts; facet counts in facets.ts; DOM pieces in kb-search-render.ts.
// Pagefind loads only here.
import { SearchEngine, type Hit, type SearchOutcome } from '../search/client';
import { expansions } from '../search/lexicon';
import { activeCount, facetGroups, passes, toggleFilter, type FacetIndex, type FacetKey, type Filters } from '../search/facets';
import { historyStep, isTypingState, type ChangeCause } from '../search/history';
import { readState, writeState } from '../search/url-state';
import { renderAdvice, renderFacetOffer, renderFacets, renderHit, t } from './kb-search-render';

/** Results shown per batch; the "more" button shows the next batch. */
const BATCH = 10;
/**
 * Results whose texts load before the rest of the batch's. On a slow PC the main thread is
 * what every loaded text waits for: ten at once make the first result wait for all ten, while
 * the first three on their own show at once, with the rest loading right behind them.
 */
const LEAD = 3;
/**
 * Wait after the last keystroke before searching, in ms. Short, because Chinese is typed
 * through an input method: input events during composition (pinyin letters) are skipped and
 * the committed word arrives at once.
 */
const DEBOUNCE = 80;

class KbSearch extends HTMLElement {
  readonly engine = new SearchEngine(import.meta.env.BASE_URL);
  /** Stale-result guard: only the latest search may render. */
  #counter = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #query = '';
  #filters: Filters = new Map();
  #outcome: SearchOutcome | undefined;
  #facets: FacetIndex | undefined;
  #visible: Hit[] = [];
  #shown = 0;

  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #status!: HTMLElement;
  #facetBox!: HTMLElement;
  #advice!: HTMLElement;
  #keys!: HTMLElement;
  #also!: HTMLElement;
  #facetToggle!: HTMLButtonElement;

  connectedCallback() {
    const input = document.querySelector<HTMLInputElement>(this.dataset['form'] ?? '#kb-search-page');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!input || !results) return;
    this.#input = input;
    this.#results = results;
    this.#more = this.querySelector('[data-search-more]') as HTMLButtonElement;
    this.#status = this.querySelector('[data-kb-status]') as HTMLElement;
    this.#facetBox = this.querySelector('[data-kb-facets]') as HTMLElement;
    this.#advice = this.querySelector('[data-kb-advice]') as HTMLElement;
    this.#keys = this.querySelector('[data-kb-keys]') as HTMLElement;
    this.#also = this.querySelector('[data-kb-also]') as HTMLElement;
    this.#facetToggle = this.querySelector('[data-kb-facet-toggle]') as HTMLButtonElement;
    this.#facetToggle.addEventListener('click', () => {
      const open = this.#facetToggle.getAttribute('aria-expanded') !== 'true';
      this.#facetToggle.setAttribute('aria-expanded', String(open));
      this.#facetBox.toggleAttribute('data-collapsed', !open);
      // Opening the filters is asking for them: no second click on the offer's button.
      if (open && !this.#facets && this.#outcome?.hits.length) void this.#work(() => this.#loadFacets());
    });

    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#setQuery(input.value, 'commit');
    });
    const typed = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#setQuery(input.value, 'typing'), DEBOUNCE);
    };
    // A word committed by an input method, or pasted, is complete: search at once. Letters
    // typed one by one wait for a pause.
    const committed = () => {
      clearTimeout(this.#timer);
      this.#setQuery(input.value, 'typing');
    };
    input.addEventListener('input', (event) => {
      const { isComposing, data, inputType } = event as InputEvent;
      if (isComposing) return;
      if ([...(data ?? '')].length > 1 || inputType === 'insertFromPaste') committed();
      else typed();
    });
    input.addEventListener('compositionend', committed);
    input.addEventListener('focus', () => void this.engine.load().catch(() => {}), { once: true });
    input.addEventListener('keydown', (event) => {
      // Keys the suggestion list used (search-suggest-box.ts) are not for the results.
      if (event.defaultPrevented) return;
      if (event.key === 'ArrowDown' && this.#links().length) {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    results.addEventListener('keydown', (event) => this.#onResultKey(event));
    this.#more.addEventListener('click', () => void this.#work(() => this.#renderBatch(this.#counter, true)));
    this.#facetBox.addEventListener('change', (event) => this.#onFacetChange(event));
    this.#facetBox.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-kb-load-facets]')) void this.#work(() => this.#loadFacets());
    });
    this.#advice.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-kb-clear-filters]')) {
        this.#filters = new Map();
        this.#record('filter', true);
        void this.#work(() => this.#apply(this.#counter));
      }
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
    // Whoever opens the search page is about to search: get Pagefind and the index metadata
    // ready once the page is idle, so that the first query only has to search.
    whenIdle(() => void this.engine.load().catch(() => {}));
  }

  /** Reads query and filters from the address bar and searches. */
  #fromUrl() {
    const state = readState(location.search);
    this.#query = state.query;
    this.#filters = state.filters;
    this.#input.value = this.#query;
    void this.#run();
  }

  #setQuery(query: string, cause: ChangeCause) {
    const changed = query !== this.#query;
    this.#query = query;
    if (!changed) {
      this.#record(cause, changed);
      return;
    }
    // The address follows once the first results show: writing history is slow on a slow PC
    // (an IPC round trip) and the reader is waiting for results, not for the address bar.
    void this.#run().then(() => this.#record(cause, true));
  }

  /** Writes the state into the address and history (src/search/history.ts). */
  #record(cause: ChangeCause, changed: boolean) {
    const step = historyStep(cause, changed, isTypingState(history.state));
    if (step.action === 'none') return;
    const url = location.pathname + writeState({ query: this.#query, filters: this.#filters });
    const state = step.typing ? { kbTyping: true } : null;
    if (step.action === 'push' && url !== location.pathname + location.search) history.pushState(state, '', url);
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
      this.#facetBox.hidden = true;
      this.#advice.hidden = true;
      this.#more.hidden = true;
      this.#keys.hidden = true;
      this.#also.hidden = true;
      this.#facetToggle.hidden = true;
      this.#status.textContent = t('search.hint');
      this.#busy(false);
      return;
    }
    this.#busy(true);
    this.#status.textContent = this.engine.loaded ? t('search.searching') : t('search.loading');
    try {
      const outcome = await this.engine.search(query);
      if (id !== this.#counter) return;
      // Filtering needs the facet data first; without filters, results come first and the
      // facets follow when their data arrives.
      if (this.#filters.size && outcome.hits.length) this.#facets = await this.engine.facets();
      if (id !== this.#counter) return;
      this.#outcome = outcome;
      await this.#apply(id);
      if (!this.#facets && outcome.hits.length && this.engine.facetFile.loading === 'with-results') {
        const facets = await this.engine.facets();
        if (id !== this.#counter) return;
        this.#facets = facets;
        this.#renderFacets();
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

  /** Applies the filters to the current outcome and renders facets and the first batch. */
  async #apply(id: number) {
    const outcome = this.#outcome;
    if (!outcome) return;
    const facets = this.#facets;
    this.#visible = facets ? outcome.hits.filter((hit) => passes(hit.id, this.#filters, facets)) : outcome.hits;
    this.#renderFacets();
    this.#results.replaceChildren();
    // Which query the list shows (for automated checks and the bench).
    this.#results.dataset['kbQuery'] = this.#query.trim();
    this.#shown = 0;
    const total = outcome.hits.length;
    const count = this.#visible.length;
    this.#status.textContent = count === total ? t('search.count', { count }) : t('search.countFiltered', { count, total });
    const also = expansions(outcome.plan);
    this.#also.textContent = also.length ? t('search.also', { forms: also.join('、') }) : '';
    this.#also.hidden = also.length === 0;
    this.#advice.replaceChildren();
    this.#advice.hidden = count > 0;
    if (count === 0) {
      this.#advice.className = 'kb-search__advice';
      this.#advice.append(...renderAdvice(outcome.plan, this.#query.trim(), total > 0));
    }
    await this.#renderBatch(id, false);
  }

  async #renderBatch(id: number, focusFirst: boolean) {
    const outcome = this.#outcome;
    if (!outcome || id !== this.#counter) return;
    const batch = this.#visible.slice(this.#shown, this.#shown + BATCH);
    this.#busy(true);
    try {
      // The first texts load at once and the rest once those show (LEAD); each result shows as
      // soon as it and those above it are ready. A result whose text cannot be loaded (an index
      // older than the page) is left out, not fatal.
      const load = (hit: Hit) => this.engine.details(hit, outcome.plan).catch(() => undefined);
      const details = batch.slice(0, LEAD).map(load);
      // The page opened from a result marks what was typed and what it was expanded to.
      const highlight = [this.#query.trim(), ...expansions(outcome.plan)].join(' ');
      let first: HTMLElement | undefined;
      for (const [i, hit] of batch.entries()) {
        if (i === LEAD) details.push(...batch.slice(LEAD).map(load));
        const detail = await details[i];
        if (id !== this.#counter || this.#outcome !== outcome) return;
        if (!detail) continue;
        const item = renderHit(detail, hit, highlight);
        this.#results.append(item);
        first ??= item;
      }
      this.#shown += batch.length;
      if (focusFirst) first?.querySelector<HTMLAnchorElement>('.kb-result__title a')?.focus();
    } finally {
      if (id === this.#counter) this.#busy(false);
    }
    const left = this.#visible.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.disabled = left <= 0;
    this.#more.textContent = t('search.more', { count: Math.max(0, left) });
    this.#keys.hidden = this.#shown === 0;
  }

  /** Loads the facet data the reader asked for (a large library's), then shows the filters. */
  async #loadFacets() {
    const button = this.#facetBox.querySelector<HTMLButtonElement>('[data-kb-load-facets]');
    // Read before disabling the button, which takes the focus away from it.
    const hadFocus = button !== null && document.activeElement === button;
    if (button) {
      button.disabled = true;
      button.textContent = t('search.facetsLoading');
    }
    try {
      this.#facets = await this.engine.facets();
    } catch {
      if (button) {
        button.disabled = false;
        button.textContent = t('search.facetsLoad');
        this.#status.textContent = t('search.facetsFailed');
      }
      return;
    }
    this.#renderFacets();
    if (hadFocus) this.#facetBox.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
  }

  #renderFacets() {
    const hits = this.#outcome?.hits ?? [];
    this.#facetBox.querySelectorAll('fieldset, [data-kb-facet-offer]').forEach((node) => node.remove());
    const groups = this.#facets && hits.length ? facetGroups(hits.map((hit) => hit.id), this.#filters, this.#facets) : [];
    // A large library's facet data loads when the reader asks for it (facets.ts, facetLoading).
    const offer = !this.#facets && hits.length > 0 && this.engine.facetFile.loading === 'on-request';
    if (offer) this.#facetBox.append(renderFacetOffer(this.engine.facetFile.bytes));
    else this.#facetBox.append(...renderFacets(groups));
    this.#facetBox.hidden = groups.length === 0 && !offer;
    // Narrow screens show a toggle instead of the filters, naming how many are chosen.
    const active = activeCount(this.#filters);
    this.#facetToggle.hidden = this.#facetBox.hidden;
    this.#facetToggle.textContent = active ? t('search.filtersActive', { count: active }) : t('search.filters');
  }

  #onFacetChange(event: Event) {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    this.#filters = toggleFilter(this.#filters, box.name as FacetKey, box.value, box.checked);
    this.#record('filter', true);
    const focusKey = `${box.name}\u0000${box.value}`;
    void this.#work(() => this.#apply(this.#counter)).then(() => {
      const again = [...this.#facetBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => `${b.name}\u0000${b.value}` === focusKey);
      again?.focus();
    });
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

/** Runs `task` when the browser is idle (soon, where it cannot tell). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 300);
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
