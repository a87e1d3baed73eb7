/**
 * Make plain text safe to place in an MDX body: nothing in it may be executed (`{…}`, JSX,
 * import/export) or read as Markdown syntax (emphasis, headings, lists, thematic breaks).
 * MDX spec: https://mdxjs.com/docs/what-is-mdx/#markdown ; CommonMark §2.4 backslash escapes.
 */

// ASCII punctuation with a Markdown or MDX meaning anywhere in a line.
const INLINE = /[\\`*_{}[\]<>&|~]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escape one line of plain text for an MDX paragraph, e.g. "a{b}<c>*d*" → "a\{b\}&lt;c&gt;\*d\*".
 * With `lineStart` (default true) also neutralises what only matters at the start of a line:
 * `#`, `>`, `-`, `+`, `=`, `1.`, `1)`, `import`/`export`.
 */
export function escapeMdx(text: string, { lineStart = true }: { lineStart?: boolean } = {}): string {
  let out = text.replace(INLINE, (char) => ENTITIES[char] ?? `\\${char}`);
  if (!lineStart) return out;
  // ESM is only recognised at the very start of a line; a character reference keeps the word visible.
  out = out.replace(/^(import|export)\b/, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
  out = out.replace(/^([#+=-])/, '\\$1');
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/** Escape a multi-line text line by line, e.g. "---" → "\---". */
export function escapeMdxBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeMdx(line))
    .join('\n');
}

/**
 * For input that already is Markdown (.md, converted .docx): keep Markdown syntax but escape
 * what MDX would execute or parse as JSX: `{`, `}`, `<`, `>` and ESM at a line start.
 */
export function escapeMdxKeepMarkdown(text: string): string {
  return text
    .replace(/[{}]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/^(import|export)\b/gm, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}
