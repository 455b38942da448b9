#!/usr/bin/env node
// Screenshots for the README, taken from the real, built app in Debian's Chromium:
// builds with Vite, serves dist/ with `vite preview`, drives the library → a decision → practice
// feedback → the debrief by keyboard-equivalent clicks, and saves PNGs to docs/img/.
//
//   npm run screenshots            (light, 1280 px wide: library, decision, practice-feedback, debrief)
//   node scripts/screenshots.mjs --dark --width 320 [--full] [--print]
import { mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const widthArg = args.indexOf('--width');
const width = widthArg >= 0 ? Number(args[widthArg + 1]) : 1280;
const out = 'docs/img';
const suffix = `${dark ? '-dark' : ''}${width < 600 ? '-mobile' : ''}`;
mkdirSync(out, { recursive: true });

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 4179, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--hide-scrollbars'],
});

/** Runs in the page: finds an element through shadow roots. */
const deepFind = (selector, text) => {
  const all = [];
  const walk = (root) => {
    all.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return all.find((el) => !text || el.textContent.replace(/\s+/g, ' ').includes(text));
};

try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width < 600 ? 844 : 900, deviceScaleFactor: width < 600 ? 2 : 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  const click = async (selector, text) => {
    const handle = await page.waitForFunction(deepFind, { timeout: 10000 }, selector, text);
    await handle.asElement().click();
    await new Promise((r) => setTimeout(r, 250));
  };
  const shot = async (name, fullPage = false) => {
    await new Promise((r) => setTimeout(r, 300));
    const path = `${out}/${name}${suffix}.png`;
    await page.screenshot({ path, fullPage });
    console.log(`saved ${path}`);
  };

  // A history with two earlier attempts, so the library shows "last attempt" and "best result".
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(() => localStorage.setItem('attune:settings', JSON.stringify({ confidence: true, clientState: true })));
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(deepFind, {}, 'button[data-mode="practice"]');
  // Play once quickly in assessment mode to have a history on the card.
  await click('button[data-mode="assessment"][aria-describedby="title-example"]');
  await click('button.primary', 'begin');
  await click('button.option', 'box of tissues');
  await click('button.option', 'Rules are rules');
  await click('button', 'See your debrief');
  await click('button', 'Back to the library');
  await page.waitForFunction(deepFind, {}, 'button[data-mode="practice"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('library', true);

  await click('button[data-mode="practice"][aria-describedby="title-example"]');
  await click('button.primary', 'begin');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('decision');

  await click('label', '75% sure');
  await click('button.option', 'looked away');
  await shot('practice-feedback');

  await click('button', 'Continue');
  // Extending the session is rated a high risk: the debrief leads with the harm flag.
  await click('button.option', 'take all the time you need');
  await click('button', 'Continue to the end');
  await click('button', 'See your debrief');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('debrief');
  if (args.includes('--full')) await shot('debrief-full', true);
  if (args.includes('--print')) {
    await page.emulateMediaType('print');
    await page.evaluate(() => window.dispatchEvent(new window.Event('beforeprint')));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('debrief-print');
    await page.evaluate(() => window.scrollTo(0, 1800));
    await shot('debrief-print-2');
    await page.pdf({ path: `${out}/debrief${suffix}.pdf`, format: 'A4', printBackground: false });
    console.log(`saved ${out}/debrief${suffix}.pdf`);
  }
} catch (error) {
  const pages = await browser.pages();
  await pages.at(-1)?.screenshot({ path: `${out}/failed.png`, fullPage: true });
  console.error(`failed; see ${out}/failed.png`);
  throw error;
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
