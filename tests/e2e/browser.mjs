// Shared by the browser tests (not a test file itself): Debian's Chromium
// driven by playwright-core, pages that record console errors, and the
// check that nothing scrolls sideways at a laptop's and a phone's width.
// AMITY_E2E_SHOTS=DIR keeps screenshots at both widths.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
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

// Accessibility: axe-core (node_modules/axe-core, pinned in package.json)
// put into the page and run against WCAG 2.0 A and AA and WCAG 2.1 AA.
// Returns the serious and critical violations, each {id, impact, help,
// nodes: [[selector, summary]]} (empty when there is none).
// amity's Content-Security-Policy refuses inline scripts (what
// page.addScriptTag({path}) adds), so the script is evaluated through the
// browser's debugging protocol instead, which the policy does not govern.
const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
let axeSource = null;

export async function checkA11y(page, name) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    if (!axeSource) axeSource = `${readFileSync(AXE, 'utf8')}\n;true`;
    await page.evaluate(axeSource);
  }
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => [n.target.join(' '), n.failureSummary || '']),
    }));
  });
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (SHOTS && bad.length) await page.screenshot({ path: join(SHOTS, `a11y-${name}.png`), fullPage: true });
  return bad;
}
