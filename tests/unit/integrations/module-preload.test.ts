import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleGraph, moduleScripts, staticImports, withModulePreloads, writeModulePreloads } from '../../../src/integrations/module-preload';

describe('module preloads for a page', () => {
  it('reads the module scripts a built page runs', () => {
    const html = '<head><script src="/boot.js"></script></head><body><script type="module" src="/kb/_astro/A.js"></script><script type="module" src="/kb/_astro/B.js"></script></body>';
    expect(moduleScripts(html)).toEqual(['/kb/_astro/A.js', '/kb/_astro/B.js']);
  });

  it('takes static imports, resolved against the module, and leaves import() alone', async () => {
    const code = 'import{a as x}from"./files.js";import"../shared/side.js";export*from"./more.js";const p=import("./lazy.js");';
    expect(await staticImports(code, '/kb/_astro/Entry.js')).toEqual(['/kb/_astro/files.js', '/kb/shared/side.js', '/kb/_astro/more.js']);
  });

  it('follows imports of imports once each, entries left out', async () => {
    const code: Record<string, string> = {
      '/a.js': 'import"./b.js";import"./c.js";',
      '/b.js': 'import"./c.js";import"./d.js";import"./a.js";',
      '/c.js': 'export const c=1;',
      '/d.js': 'import"./c.js";',
    };
    expect(await moduleGraph(['/a.js'], async (path) => code[path] ?? '')).toEqual(['/b.js', '/c.js', '/d.js']);
  });

  it('writes a link per module at the end of <head>, not twice, and replaces its own on a rerun', () => {
    const html = '<html><head><link rel="modulepreload" href="/pagefind/pagefind.js"></head><body></body></html>';
    const once = withModulePreloads(html, ['/_astro/x.js', '/pagefind/pagefind.js']);
    expect(once).toBe('<html><head><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="modulepreload" href="/_astro/x.js" data-kb-module></head><body></body></html>');
    expect(withModulePreloads(once, ['/_astro/y.js'])).toBe('<html><head><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="modulepreload" href="/_astro/y.js" data-kb-module></head><body></body></html>');
  });

  describe('in a built site', () => {
    let site = '';
    afterEach(async () => {
      if (site) await rm(site, { recursive: true, force: true });
    });

    async function builtSite(files: Record<string, string>): Promise<string> {
      site = await mkdtemp(join(tmpdir(), 'kb-module-preload-'));
      for (const [path, text] of Object.entries(files)) {
        await mkdir(join(site, path, '..'), { recursive: true });
        await writeFile(join(site, path), text);
      }
      return site;
    }

    it('preloads the chunks of the page under the base path', async () => {
      const dir = await builtSite({
        'search/index.html': '<html><head></head><body><script type="module" src="/kb/_astro/Search.js"></script></body></html>',
        '_astro/Search.js': 'import{f}from"./files.js";f();',
        '_astro/files.js': 'import"./helper.js";export const f=()=>1;',
        '_astro/helper.js': '',
      });
      expect(await writeModulePreloads(dir, 'search/index.html', '/kb/')).toEqual(['/kb/_astro/files.js', '/kb/_astro/helper.js']);
      expect(await readFile(join(dir, 'search/index.html'), 'utf8')).toContain('<link rel="modulepreload" href="/kb/_astro/files.js" data-kb-module><link rel="modulepreload" href="/kb/_astro/helper.js" data-kb-module></head>');
    });

    it('names the page and the module when a script lies outside the base path', async () => {
      const dir = await builtSite({ 'search/index.html': '<html><head></head><body><script type="module" src="/elsewhere/S.js"></script></body></html>' });
      await expect(writeModulePreloads(dir, 'search/index.html', '/kb/')).rejects.toThrow('search/index.html: module /elsewhere/S.js is outside the base path /kb/');
    });
  });
});
