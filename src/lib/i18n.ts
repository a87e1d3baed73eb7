import strings from '../i18n/zh-CN.json';

/** Every UI string key, e.g. "search.placeholder". */
export type MessageKey = keyof typeof strings;

/**
 * The zh-CN UI string for `key`, with `{name}` placeholders filled from `vars`,
 * e.g. t('listing.count', { count: 12 }) → "共 12 篇".
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
