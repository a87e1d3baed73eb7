// The reference's search: Pagefind's JavaScript API with its defaults, loaded when the search box
// gets focus; the first ten results rendered as links, as many as the real search page shows first.
const form = document.querySelector('main form');
const input = form.querySelector('input');
const list = document.querySelector('[data-search-results]');
const base = new URL('./', document.baseURI).pathname.replace(/search\/$/, '');
let pagefind;
let counter = 0;
const load = () => (pagefind ??= import(`${base}pagefind/pagefind.js`));
input.addEventListener('focus', () => void load(), { once: true });
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = ++counter;
  list.setAttribute('aria-busy', 'true');
  const response = await (await load()).search(input.value.trim());
  const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
  if (id !== counter) return;
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = d.excerpt; // Pagefind escapes the excerpt; only <mark> is HTML.
      li.append(a, p);
      return li;
    }),
  );
  list.setAttribute('aria-busy', 'false');
});
