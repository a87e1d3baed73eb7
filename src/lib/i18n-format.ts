/** Fills `{name}` placeholders of a UI string, e.g. format('共 {count} 篇', { count: 12 }) → "共 12 篇". */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A `t()` over a subset of the UI strings, for client scripts:
 * `const t = translator<WorkbenchKey>(strings)` with strings from 'kb-strings:workbench.'.
 * A key missing from the subset comes back as the key itself, never as a crash.
 */
export function translator<K extends string>(strings: Record<string, string>) {
  return (key: K, vars: Record<string, string | number> = {}): string => format(strings[key] ?? key, vars);
}
