/**
 * Links the build would refuse (remark-content-safety: `javascript:`, `vbscript:`, `data:` URLs
 * in links, images and link definitions) are taken out at import, so an import that reports
 * success never breaks the build: a link keeps its text, an image its alt text, a definition goes.
 * The Markdown is parsed as the build parses it (micromark), so escaped or entity-encoded URLs
 * (`java&#115;cript:`) are caught as well.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { UNSAFE_URL } from '../../../src/plugins/remark-content-safety.ts';

/** One link taken out: its 1-based line and URL as the build would read it. */
export interface RemovedLink {
  line: number;
  url: string;
}

/**
 * `text` (Markdown) with every unsafe link, image and definition replaced by its text.
 * Example: "见[这里](javascript:alert(1))。" → { text: "见这里。", removed: [{ line: 1, url: "javascript:alert(1)" }] }.
 */
export function neutraliseUnsafeLinks(text: string): { text: string; removed: RemovedLink[] } {
  return replaceLinks(text, (url) => UNSAFE_URL.test(url));
}

/**
 * `text` (Markdown) with the links, images and definitions whose URL `drop` selects replaced by
 * their text (a regulation keeps no links at all: `replaceLinks(text, () => true)`).
 */
export function replaceLinks(text: string, drop: (url: string) => boolean): { text: string; removed: RemovedLink[] } {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const edits: { start: number; end: number; value: string; line: number; url: string }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (!drop(node.url) || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const value = node.type === 'link' ? toString(node) : node.type === 'image' ? (node.alt ?? '') : '';
    edits.push({ start: node.position.start.offset, end: node.position.end.offset, value, line: node.position.start.line, url: node.url });
  });
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    // Keep the line count: a link spread over lines keeps its line breaks.
    const lost = (out.slice(edit.start, edit.end).match(/\n/g) ?? []).length - (edit.value.match(/\n/g) ?? []).length;
    out = out.slice(0, edit.start) + edit.value + '\n'.repeat(Math.max(0, lost)) + out.slice(edit.end);
  }
  return { text: out, removed: edits.map(({ line, url }) => ({ line, url })).sort((a, b) => a.line - b.line) };
}
