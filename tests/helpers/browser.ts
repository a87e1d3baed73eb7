// Launches real headless Chromium for browser tests: Debian's /usr/bin/chromium when present
// (or CHROMIUM_PATH), else the Chromium that ships inside the @sparticuz/chromium npm package,
// so `npm install && npm test` needs nothing from outside the npm registry.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Flags that keep Chromium from reaching for Google services on a closed network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function executable(): Promise<{ path: string; args: string[] }> {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) return { path: explicit, args: QUIET_FLAGS };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: QUIET_FLAGS };
  // Not packaged.args: those are tuned for AWS Lambda (--single-process, --disable-web-security),
  // which would crash multi-page tests and hide the same-origin and CSP behaviour we test.
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), args: [...QUIET_FLAGS, '--no-zygote', '--use-angle=swiftshader'] };
}

/** Starts headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const { path, args } = await executable();
  return chromium.launch({ executablePath: path, args, headless: true });
}

/** A fresh context (own storage) and page, with console errors collected into `errors`. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}
