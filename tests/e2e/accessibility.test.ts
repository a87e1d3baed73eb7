// axe-core over every page type in the light, dark and high-contrast themes: zero serious or
// critical violations (issue 8). Runs on the plain test server: injecting axe needs a script
// the strict CSP would block.
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';

const siteUrl = inject('siteUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(path: string, theme: string): Promise<string[]> {
  const { page, context } = await openPage(browser);
  await page.addInitScript((t) => localStorage.setItem('kb.theme', t), theme);
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  await context.close();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.each(['light', 'dark', 'contrast'])('axe in the %s theme', (theme) => {
  it.each(Object.entries(pageTypes()))('%s page has no serious or critical violation', async (_type, path) => {
    expect(await audit(path, theme)).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('reports an unlabelled input and low-contrast text (it can fail)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const input = document.createElement('input');
      document.querySelector('main')?.append(input);
      const p = document.createElement('p');
      p.textContent = '浅色文字';
      p.style.color = '#eeeeee';
      document.querySelector('main')?.append(p);
    });
    await page.addScriptTag({ path: axePath });
    const ids = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    await context.close();
    expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast']));
  });
});
