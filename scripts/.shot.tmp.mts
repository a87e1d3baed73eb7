import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/procedure/scripts/lib/serve/static-server.ts';
const server = await startStaticServer({ root: process.env.DIST ?? '/work/wt/procedure/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
const steps = JSON.parse(process.argv[2] ?? '[]');
await page.goto(server.url + (process.env.PAGE ?? 'fazhan-dangyuan/'));
for (const s of steps) {
  if (s.fill) await page.fill(s.fill, s.value);
  if (s.select) await page.selectOption(s.select, s.value);
  if (s.click) await page.click(s.click);
  if (s.wait) await page.waitForTimeout(s.wait);
}
await page.waitForTimeout(300);
if (process.env.SEL) await page.locator(process.env.SEL).screenshot({ path: process.env.OUT ?? '/tmp/shot.png' });
else await page.screenshot({ path: process.env.OUT ?? '/tmp/shot.png', fullPage: !!process.env.FULL });
console.log('errors', JSON.stringify(errors));
await browser.close(); await server.close();
