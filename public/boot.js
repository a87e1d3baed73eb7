// Applies the reader's saved preferences before first paint (font size, theme), so pages do
// not flash at the default size. Plain JS in public/: it must run as a classic blocking
// script in <head>, which a strict CSP allows only from a same-origin file (no inline code).
(function () {
  try {
    var root = document.documentElement;
    var size = localStorage.getItem('kb.fontSize');
    if (size && /^(16|18|20|22|24)$/.test(size)) root.setAttribute('data-font-size', size);
    var theme = localStorage.getItem('kb.theme');
    if (theme === 'light' || theme === 'dark' || theme === 'contrast') root.setAttribute('data-theme', theme);
    var script = localStorage.getItem('kb.script');
    if (script === 'zh-Hans' || script === 'zh-Hant') root.setAttribute('data-reading-script', script);
  } catch (e) {
    // Storage may be disabled (private mode, strict intranet policy): defaults apply.
  }
})();
