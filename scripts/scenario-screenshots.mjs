#!/usr/bin/env node
// One screenshot of a decision in each clinical scenario (docs/img/decision-<id>.png), taken from
// the built embed page (player.html) in Debian's Chromium: the second decision of each, reached by
// taking the best option at the first, so the transcript shows the client reacting.
//
//   node scripts/scenario-screenshots.mjs
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { build, preview } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ids = readdirSync('stories').filter((d) => d !== 'example' && existsSync(`stories/${d}/scenario.yaml`));
mkdirSync('docs/img', { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 4181, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--hide-scrollbars'],
});

try {
  for (const id of ids) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 1000 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${base}player.html?scenario=${id}&mode=assessment&client-state`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    // Begin, then take the best option at the first decision (computed by the engine's own scoring).
    await page.waitForFunction(() => document.querySelector('attune-player')?.ready);
    await page.evaluate(() => document.querySelector('attune-player').restart());
    await page.waitForFunction(() => document.querySelector('attune-player')?.session?.currentChoices);
    await page.evaluate(() => {
      const player = document.querySelector('attune-player');
      const beat = player.session.currentChoices;
      const value = (o) => Object.values(o.rating.ratings).reduce((a, b) => a + b, 0) - (Object.values(o.rating.risks).includes('high') ? 99 : 0);
      const best = beat.options.reduce((b, o) => (value(o) > value(beat.options[b]) ? o.index : b), 0);
      player.choose(best);
    });
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await new Promise((r) => setTimeout(r, 300));
    const path = `docs/img/decision-${id}.png`;
    await page.screenshot({ path });
    console.log(`saved ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
