// Reading the search page as a user sees it: wait for a search to finish, read the result
// links, press "more" until every result is shown.
import type { Page } from 'playwright-core';

/** Waits until the current search has rendered. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const box = document.querySelector('kb-search');
    const list = document.querySelector('[data-search-results]');
    return box?.getAttribute('data-state') === 'done' && list?.getAttribute('aria-busy') === 'false';
  });
}

/**
 * Paths of the result links shown, decoded, with the anchor of a result that is one part of a
 * page, e.g. "/templates/x/", "/glossary/#term-dang-fei" (or "/kb/templates/x/" under a base).
 */
export async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] .kb-result__title a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return decodeURIComponent(url.pathname + url.hash);
    }),
  );
}

/** Presses "more" until every result is shown; returns every result path. */
export async function allResults(page: Page): Promise<string[]> {
  while (await page.locator('[data-search-more]:visible').count()) {
    await page.click('[data-search-more]');
    await settled(page);
  }
  return resultLinks(page);
}

/** Opens `search/?q=…` under `site` and returns every result path, pressing "more" until all are shown. */
export async function searchAll(page: Page, site: string, query: string): Promise<string[]> {
  await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return allResults(page);
}

/**
 * On an open search page, submits `query` from the search box as a user pressing Enter would
 * (Pagefind stays loaded), waits for its results and returns every result path.
 */
export async function searchAgain(page: Page, query: string): Promise<string[]> {
  await page.fill('#kb-search-page', query);
  await page.press('#kb-search-page', 'Enter');
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  await settled(page);
  return allResults(page);
}
