import strings from '../i18n/zh-CN.json';
import { format } from './i18n-format';

/** Every UI string key, e.g. "search.placeholder". */
export type MessageKey = keyof typeof strings;

/** Keys of the template workbench's strings, e.g. "workbench.item.add". */
export type WorkbenchKey = Extract<MessageKey, `workbench.${string}`>;

/**
 * The zh-CN UI string for `key`, with `{name}` placeholders filled from `vars`,
 * e.g. t('listing.count', { count: 12 }) → "共 12 篇". Client scripts use translator() with a
 * 'kb-strings:' subset instead, so they do not bundle every string.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return format(strings[key], vars);
}
