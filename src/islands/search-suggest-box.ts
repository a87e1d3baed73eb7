// Suggestions under a search box (src/search/suggest.ts), loaded on its first focus. Keyboard as
// in the WAI-ARIA combobox pattern: ↓/↑ move through the options (aria-activedescendant), Enter
// takes the active one, Escape closes the list; the count is announced in a status region.
// A glossary term or its alias searches for it; a title or a policy's alias opens that page.
import strings from 'kb-strings:search.suggest.,collection.';
import { translator } from '../lib/i18n-format';
import { fetchIndexJson, loadFolder, SUGGEST_FILE } from '../search/files';
import { shardFile, suggestFor, SUGGEST_DIR, type SuggestManifest, type SuggestRecord, type SuggestShard } from '../search/suggest';
import type { Folder } from '../search/text';

const t = translator(strings);
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Wait after a keystroke before looking up, in ms. */
const DEBOUNCE = 60;

let data: Promise<{ folder: Folder; manifest: SuggestManifest }> | undefined;
const shards = new Map<number, Promise<SuggestShard>>();

function load() {
  data ??= Promise.all([loadFolder(BASE), fetchIndexJson<SuggestManifest>(BASE, SUGGEST_FILE)]).then(([folder, manifest]) => ({ folder, manifest }));
  data.catch(() => (data = undefined));
  return data;
}

function shard(n: number): Promise<SuggestShard> {
  let found = shards.get(n);
  if (!found) {
    found = fetchIndexJson<SuggestShard>(BASE, `${SUGGEST_DIR}/${shardFile(n)}`);
    found.catch(() => shards.delete(n));
    shards.set(n, found);
  }
  return found;
}

/** Suggestions for a query (src/search/suggest.ts fetches the shards it needs through `shard`). */
async function suggest(query: string): Promise<SuggestRecord[]> {
  const { folder, manifest } = await load();
  return suggestFor(query, folder, manifest.shards, shard);
}

/** Whether choosing a suggestion searches for its text (glossary terms and their aliases). */
function searches(record: SuggestRecord): boolean {
  return record.k === 'term' || (record.k === 'alias' && record.u.startsWith('glossary/'));
}

function kindLabel(record: SuggestRecord): string {
  if (record.k === 'term') return t('search.suggest.term');
  if (record.k === 'alias') return record.f ? t('search.suggest.alias', { form: record.f }) : '';
  return t(`collection.${record.k}`);
}

/** Makes `input` a working combobox over `list`, announcing counts in `status`. */
export function attach(input: HTMLInputElement, list: HTMLUListElement, status: HTMLElement) {
  let options: SuggestRecord[] = [];
  let active = -1;
  let counter = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (found: SuggestRecord[]) => {
    options = found;
    active = -1;
    list.replaceChildren(
      ...found.map((record, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'kb-suggest__option';
        const text = document.createElement('span');
        text.className = 'kb-suggest__text';
        text.textContent = record.t;
        const kind = document.createElement('span');
        kind.className = 'kb-suggest__kind';
        kind.textContent = kindLabel(record);
        li.append(text, kind);
        return li;
      }),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    input.removeAttribute('aria-activedescendant');
    status.textContent = found.length ? t('search.suggest.count', { count: found.length }) : '';
  };

  const choose = (index: number) => {
    const record = options[index];
    if (!record) return;
    close();
    if (searches(record)) {
      input.value = record.t;
      input.form?.requestSubmit();
    } else {
      location.href = BASE + record.u;
    }
  };

  const update = () => {
    const id = ++counter;
    const query = input.value;
    if (!query.trim()) {
      close();
      status.textContent = '';
      return;
    }
    suggest(query)
      .then((found) => {
        if (id === counter && document.activeElement === input) render(found);
      })
      .catch(() => close());
  };

  const typed = () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE);
  };
  // Pinyin letters typed into an input method are not the query yet: wait for the committed word.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
  // Capture on the form: runs before the page's own key handling on the input (the search
  // page's ↓ into the results), which skips keys marked as handled here.
  input.form?.addEventListener(
    'keydown',
    (event) => {
      if (event.target !== input) return;
      const open = !list.hidden && options.length > 0;
      if (event.key === 'ArrowDown' && open) setActive((active + 1) % options.length);
      else if (event.key === 'ArrowUp' && open) setActive(active <= 0 ? options.length - 1 : active - 1);
      else if (event.key === 'Enter' && open && active >= 0) choose(active);
      else if (event.key === 'Escape' && open) close();
      else return;
      event.preventDefault();
    },
    true,
  );
  input.addEventListener('blur', () => close());
  // mousedown keeps the focus in the box (no blur before the click).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element).closest('[role="option"]');
    if (li) choose([...list.children].indexOf(li));
  });
  void load().catch(() => {});
  if (input.value.trim() && document.activeElement === input) update();
}
