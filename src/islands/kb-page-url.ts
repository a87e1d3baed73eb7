// Print-only source block (src/components/material/PrintSource.astro): the site has no fixed
// host name at build time, so the full address of the page is filled in where it is read.
for (const element of document.querySelectorAll<HTMLElement>('[data-kb-page-url]')) {
  element.textContent = location.href.replace(/#.*$/, '');
}
