// Deployment (issue 8): `npm run package` makes a dated archive with a SHA-256 file, and Debian's
// nginx, configured with the README's own configuration, serves the unpacked archive so that a
// smoke journey (home → search → result) works under the strict CSP with the right headers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/csp';
import { packageSite, type SitePackage } from '../../scripts/lib/deploy/package-site';
import { launchBrowser, openPage } from '../helpers/browser';

const NGINX = '/usr/sbin/nginx';
// On a developer machine without nginx the server part is skipped; CI installs nginx and
// sets KB_REQUIRE_NGINX=1 so that there a missing nginx is a failure, not a skip.
const hasNginx = existsSync(NGINX);
if (!hasNginx && process.env['KB_REQUIRE_NGINX'] === '1') throw new Error('KB_REQUIRE_NGINX=1 but /usr/sbin/nginx is missing: apt-get install nginx');

const work = resolve('.tmp/deploy');
let pkg: SitePackage;

/** The first ```nginx block of the README: the configuration we tell IT staff to use. */
function readmeNginxServerBlock(): string {
  const match = /```nginx\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'));
  if (!match?.[1]) throw new Error('README.md has no ```nginx block');
  return match[1];
}

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(`${work}/www`, { recursive: true });
  pkg = await packageSite('dist', `${work}/release`, new Date('2026-11-22T08:00:00Z'));
  await extract({ file: pkg.archive, cwd: `${work}/www` });
});

describe('npm run package', () => {
  it('writes a dated tar.gz and a checksum file that sha256sum accepts', () => {
    expect(pkg.archive).toMatch(/dangjian-kb-20261122\.tar\.gz$/);
    const [hash, name] = readFileSync(pkg.checksumFile, 'utf8').trim().split(/\s+/);
    expect(hash).toBe(createHash('sha256').update(readFileSync(pkg.archive)).digest('hex'));
    expect(name).toBe('dangjian-kb-20261122.tar.gz');
    const check = spawnSync('sha256sum', ['-c', `${pkg.checksumFile.split('/').pop()}`], { cwd: `${work}/release`, encoding: 'utf8' });
    expect(check.error, 'sha256sum (coreutils) must run here').toBeUndefined();
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('holds every file of dist/ under a dist/ folder', () => {
    expect(existsSync(`${work}/www/dist/index.html`)).toBe(true);
    expect(readdirSync(`${work}/www/dist`).sort()).toEqual(readdirSync('dist').sort());
  });

  it('gives the same bytes for the same dist/', async () => {
    const again = await packageSite('dist', `${work}/release-again`, new Date('2026-11-22T08:00:00Z'));
    expect(again.sha256).toBe(pkg.sha256);
  });
});

describe.skipIf(!hasNginx)('Debian nginx with the README configuration', () => {
  let nginx: ChildProcess;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const server = readmeNginxServerBlock()
      .replace(/listen\s+80;/, `listen 127.0.0.1:${port};`)
      .replace(/root\s+\/srv\/dangjian-kb\/dist;/, `root ${work}/www/dist;`);
    expect(server).toContain(`${work}/www/dist`);
    for (const dir of ['logs', 'temp']) mkdirSync(`${work}/nginx/${dir}`, { recursive: true });
    const temp = `${work}/nginx/temp`;
    writeFileSync(
      `${work}/nginx/nginx.conf`,
      `user root;
pid ${work}/nginx/nginx.pid;
error_log ${work}/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy; fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;
${server}
}
`,
    );
    const test = spawnSync(NGINX, ['-t', '-p', `${work}/nginx`, '-c', `${work}/nginx/nginx.conf`], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    nginx = spawn(NGINX, ['-p', `${work}/nginx`, '-c', `${work}/nginx/nginx.conf`, '-g', 'daemon off;'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(origin).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    nginx?.kill('SIGQUIT');
  });

  it('sends the CSP, no caching for pages, long caching for hashed assets', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(CSP);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())?.[1];
    expect(css).toBeTruthy();
    const asset = await fetch(origin + css);
    expect(asset.headers.get('cache-control')).toBe('max-age=31536000');
    expect(asset.headers.get('content-type')).toContain('text/css');
  });

  it("serves Pagefind's files with their MIME types and the 404 page for misses", async () => {
    const files = readdirSync(`${work}/www/dist/pagefind`);
    const js = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    const meta = files.find((f) => f.endsWith('.pf_meta'));
    expect(meta, 'Pagefind writes .pf_meta files').toBeDefined();
    expect((await fetch(`${origin}/pagefind/${meta}`)).headers.get('content-type')).toBe('application/octet-stream');
    const missing = await fetch(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
  });

  it('runs the smoke journey: home → search → open a result, with no CSP violation', async () => {
    const { page, errors } = await openPage(browser);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/`);
    await page.locator('#kb-home-search').fill('整改');
    await page.locator('#kb-home-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const results = page.locator('[data-search-results]');
    await results.locator('a[href]').first().waitFor({ timeout: 20_000 });
    // Results show one by one as their texts arrive (the list stays busy until the batch is in):
    // wait for the search to finish rather than read the flag as the first link appears.
    await page.locator('[data-search-results][aria-busy="false"]').waitFor({ timeout: 20_000 });
    await results.locator('a[href]').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).not.toBe('/search/');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
