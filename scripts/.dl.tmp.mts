import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/procedure/scripts/lib/serve/static-server.ts';
const server = await startStaticServer({ root: process.env.DIST ?? '/work/wt/procedure/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
const steps = JSON.parse(process.argv[2] ?? '[]');
await page.goto(server.url + (process.env.PAGE ?? 'fazhan-dangyuan/'));
for (const s of steps) {
  if (s.fill) await page.fill(s.fill, s.value);
  if (s.click) await page.click(s.click);
  if (s.download) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(s.download)]);
    await d.saveAs(`/tmp/${s.as ?? d.suggestedFilename()}`);
    console.log('saved', s.as ?? d.suggestedFilename());
  }
}
console.log('errors', JSON.stringify(errors));
await browser.close(); await server.close();
