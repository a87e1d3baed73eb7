// Entry pages opened from a search result carry ?highlight=…: only then load the marking code
// and the search text functions (about 4 KB gzip), so ordinary page views stay light (issue 9).
const query = new URLSearchParams(location.search).get('highlight');
if (query) {
  import('./search-highlight-marks')
    .then(({ highlight }) => highlight(query))
    .catch(() => {
      // Highlighting is a convenience: the page is complete without it.
    });
}
