// Entry pages opened from a search result carry ?highlight=…: only then load the marking code
// and the search text functions (about 4 KB gzip), so ordinary page views stay light (issue 9).
// kb-lazy: rather than import(): no preload helper on every page (src/integrations/vite-lazy-chunk.ts).
import loadMarks from 'kb-lazy:./search-highlight-marks';

const query = new URLSearchParams(location.search).get('highlight');
if (query) {
  loadMarks()
    .then((module) => (module as typeof import('./search-highlight-marks')).highlight(query))
    .catch(() => {
      // Highlighting is a convenience: the page is complete without it.
    });
}
