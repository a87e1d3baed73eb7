/**
 * Site-internal URL under the configured base path, always with a trailing slash for pages,
 * e.g. url('templates/x') → "/kb/templates/x/" when built with BASE_PATH=/kb/.
 * Paths with a file extension or a fragment/query keep their form: url('search/?q=党费').
 */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return base;
  const needsSlash = !/[?#]|\.[a-z0-9]+$/i.test(clean) && !clean.endsWith('/');
  return base + clean + (needsSlash ? '/' : '');
}
