// Text of the built site and of the seed texts, reduced to a form both can be compared in:
// what a reader sees (tags stripped, entities decoded) without punctuation or whitespace, so
// that ASCII vs full-width marks, quotes, MDX escapes (\*) and line layout never matter.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ldquo: '“', rdquo: '”' };

/** Decode HTML character references, e.g. "&lt;a&gt; &#x4e00;" → "<a> 一". */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Visible text of an HTML document: scripts, styles, templates and comments dropped, tags stripped, entities decoded. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(text);
}

/**
 * Comparison form: NFKC (full-width → ASCII), then every punctuation mark, symbol and space
 * removed, e.g. "（一）针对“三会一课”, 1\\.5" → "一针对三会一课15".
 */
export function canon(text: string): string {
  return text.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** Number of Han characters, e.g. "2019年党建" → 3. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

// Leading enumerators the site may render differently (list numbers, dropped in items): 1. （一） 一、 第一，
const ENUMERATOR = /^(第?[一二三四五六七八九十]+(?=[、.．)）])|\d+(?=[、.．])|[（(][一二三四五六七八九十\d]+[)）])[、.．,，]*/u;

/**
 * Sentences of one seed line: split at 。！？； (ASCII too) and the line end; each with its leading
 * enumerator removed; pieces with fewer than `minHan` Han characters (default 4) are skipped.
 */
export function sentences(line: string, minHan = 4): string[] {
  return line
    .split(/[。！？；!?;]/u)
    .map((piece) => piece.trim().replace(ENUMERATOR, ''))
    .filter((piece) => hanCount(piece) >= minHan);
}

/** Every .html file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** One built page: its path under dist/, visible text and comparison form. */
export interface SitePage {
  file: string;
  text: string;
  canon: string;
}

/** All pages of a build, e.g. sitePages('dist'). */
export function sitePages(distDir: string): SitePage[] {
  return htmlFiles(distDir).map((file) => {
    const text = htmlText(readFileSync(file, 'utf8'));
    return { file: path.relative(distDir, file), text, canon: canon(text) };
  });
}
