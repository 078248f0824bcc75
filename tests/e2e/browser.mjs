// Shared by the browser tests (not a test file itself): Debian's Chromium
// driven by playwright-core, pages that record console errors, and the
// check that nothing scrolls sideways at a laptop's and a phone's width.
// AMITY_E2E_SHOTS=DIR keeps screenshots at both widths.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const SHOTS = process.env.AMITY_E2E_SHOTS || '';

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  return browser;
}

// A page that records console errors and uncaught exceptions in problems.
export async function openPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  return { context, page, problems };
}

// No sideways scrolling at 1280px and 375px; settle: ms for the page to
// follow the new width (charts redraw).
export async function checkWidths(page, name, { settle = 0 } = {}) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    if (settle) await page.waitForTimeout(settle);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
