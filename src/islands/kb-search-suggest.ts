// Every search box ([data-kb-suggest]) becomes a combobox (WAI-ARIA 1.2 combobox pattern with a
// listbox popup): the roles and the empty list are set up here, on every page, in a few lines;
// the suggestion code and its data load only when someone focuses a box
// (search-suggest-box.ts). Without JavaScript none of this exists and the form just submits.
// kb-lazy: rather than import(): no preload helper on every page (src/integrations/vite-lazy-chunk.ts).
import loadBox from 'kb-lazy:./search-suggest-box';

for (const input of document.querySelectorAll<HTMLInputElement>('input[data-kb-suggest]')) {
  const list = document.createElement('ul');
  list.id = `${input.id}-suggestions`;
  list.className = 'kb-suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.dataset['kbSuggest'] ?? '');
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'kb-visually-hidden';
  status.setAttribute('role', 'status');
  input.after(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  const start = () => {
    loadBox()
      .then((module) => (module as typeof import('./search-suggest-box')).attach(input, list, status))
      .catch(() => {
        // Suggestions are a convenience: the search form works without them.
      });
  };
  input.addEventListener('focus', start, { once: true });
}
