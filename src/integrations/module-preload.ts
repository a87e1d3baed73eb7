// Lets a page fetch the modules its scripts import while its HTML parses. Astro writes a
// <script type="module" src> per script, and the browser finds the shared chunks those import
// (Rollup splits out code that several pages' scripts use) only once each script has been
// fetched and parsed: on a slow PC that is a few hundred milliseconds after the page started.
// A <link rel="modulepreload"> per chunk lets the preload scanner fetch them at once
// (HTML Standard, "link type modulepreload").
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { init, parse } from 'es-module-lexer';

/** Links an earlier run wrote, recognised so that a rerun replaces them. */
const WRITTEN = /<link rel="modulepreload" href="[^"]*" data-kb-module>/g;

/** The src of every <script type="module" src="…"> in a built page, as written. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((match) => match[1] as string);
}

/** The URL paths a module imports statically (not import()), resolved against the module's own path. */
export async function staticImports(code: string, path: string): Promise<string[]> {
  await init;
  const [imports] = parse(code);
  return imports.filter((entry) => entry.d === -1 && entry.n !== undefined).map((entry) => new URL(entry.n as string, `http://site${path}`).pathname);
}

/**
 * Every module reachable by static imports from `entries` (URL paths), entries left out, in the
 * order found; `load` returns a module's code by its URL path.
 */
export async function moduleGraph(entries: readonly string[], load: (path: string) => Promise<string>): Promise<string[]> {
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const imported of await staticImports(await load(path), path)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      found.push(imported);
      queue.push(imported);
    }
  }
  return found;
}

/** `html` with a modulepreload link per path at the end of <head>, replacing any an earlier run wrote. */
export function withModulePreloads(html: string, paths: readonly string[]): string {
  const page = html.replace(WRITTEN, '');
  const links = paths.filter((path) => !page.includes(`<link rel="modulepreload" href="${path}"`)).map((path) => `<link rel="modulepreload" href="${path}" data-kb-module>`);
  return page.replace('</head>', `${links.join('')}</head>`);
}

/**
 * Adds the preloads to `page` (a path inside the built site `site`, e.g. "search/index.html")
 * for a site built with base path `base` ("/" or "/kb/").
 */
export async function writeModulePreloads(site: string, page: string, base: string): Promise<string[]> {
  const file = join(site, page);
  const html = await readFile(file, 'utf8');
  const prefix = base.replace(/\/?$/, '/');
  const load = (path: string) => {
    if (!path.startsWith(prefix)) throw new Error(`${page}: module ${path} is outside the base path ${prefix}`);
    return readFile(join(site, path.slice(prefix.length)), 'utf8');
  };
  const modules = await moduleGraph(moduleScripts(html), load);
  await writeFile(file, withModulePreloads(html, modules));
  return modules;
}
