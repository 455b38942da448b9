/**
 * Strict CSP and no stray network traffic (issue 7, part 4), against the real build.
 *
 * Builds the app with Vite into a temporary folder, serves it from 127.0.0.1 with
 *
 *     Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
 *
 * on every response, and drives Debian's Chromium (puppeteer-core; no browser download) through
 * the embed page (`player.html`) and the library app (`index.html`): a whole scenario each, to the
 * debrief and its export, plus the pause screen; and the launch page of a SCORM 2004 package
 * (`lms.html`, as `npm run package` builds it) in a frame of an LMS page running scorm-again. Asserts no `securitypolicyviolation` event, no
 * console error, no uncaught error, and that every request the page made went to the page's own
 * origin (or stayed inside the browser: `blob:`/`data:`): no request leaves the page when no
 * LMS/LRS is configured. docs/security.md explains the policy.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { buildPlayer, packageEntries } from '../../src/cli/package.js';
import { buildScenarios } from '../../src/vite/attune-plugin.js';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A tiny static server for `dir` on 127.0.0.1 that sends the strict policy with every response. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    let body: Buffer | undefined;
    try {
      if (file.startsWith(dir) && statSync(file).isFile()) body = readFileSync(file);
    } catch {
      body = undefined;
    }
    if (!body) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  violations: () => Promise<string[]>;
}

/** Records every request, console error, uncaught error and CSP violation of a page. */
async function watch(page: Page): Promise<Watch> {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    // Every page of the app names its icon, so the browser never asks for a missing /favicon.ico (it
    // was a 404 on every load); only this test's own stand-in LMS and probe pages have none.
    const ownPage = /\/lms\/index\.html|csp-probe\.html/.test(page.url());
    if (m.type() === 'error' && !(ownPage && m.location().url?.endsWith('/favicon.ico'))) consoleErrors.push(`${m.text()} (${m.location().url ?? ''})`);
  });
  page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  return { requests, consoleErrors, pageErrors, violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations) };
}

/**
 * In-page helpers, installed on every document: find elements through shadow roots, click a
 * button by its text, and play the current scenario to the end.
 */
function installDriver() {
  const all = (node: ParentNode, out: Element[] = []): Element[] => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const driver = {
    all: () => all(document),
    button: (label: string) => all(document).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && text(el).includes(label) && !el.disabled),
    click(label: string) {
      const b = driver.button(label);
      if (!b) throw new Error(`no button "${label}"`);
      b.click();
      return true;
    },
    deepText() {
      let out = '';
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
        if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
        n.childNodes.forEach(walk);
      };
      walk(document.body);
      return out.replace(/\s+/g, ' ');
    },
    /** One step of play: choose the first option, or continue after feedback; 'done' at the ending. */
    step(): 'chose' | 'continued' | 'done' | 'waiting' {
      if (driver.button('See your debrief')) return 'done';
      const option = all(document).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.classList.contains('option'));
      if (option) {
        option.click();
        return 'chose';
      }
      const next = driver.button('Continue');
      if (next) {
        next.click();
        return 'continued';
      }
      return 'waiting';
    },
  };
  (window as unknown as { __driver: typeof driver }).__driver = driver;
}

type Driver = { click(label: string): boolean; step(): string; deepText(): string; button(label: string): unknown };
const drive = <T>(page: Page | Frame, fn: (d: Driver) => T) => page.evaluate(`(${fn.toString()})(window.__driver)`) as Promise<T>;

async function waitForText(page: Page | Frame, text: string, ms = 30000) {
  await page.waitForFunction((t: string) => (window as unknown as { __driver: Driver }).__driver.deepText().includes(t), { timeout: ms, polling: 50 }, text);
}

async function waitForButton(page: Page | Frame, label: string, ms = 30000) {
  await page.waitForFunction((l: string) => !!(window as unknown as { __driver: Driver }).__driver.button(l), { timeout: ms, polling: 50 }, label);
}

async function playToDebrief(page: Page | Frame) {
  for (let i = 0; i < 200; i++) {
    const step = await drive(page, (d) => d.step());
    if (step === 'done') break;
    await new Promise((r) => setTimeout(r, step === 'waiting' ? 50 : 20));
  }
  await drive(page, (d) => d.click('See your debrief'));
  await waitForText(page, 'Download data (JSON)');
}

/** Everything the page fetched stayed on its own origin, or inside the browser. */
function assertNoRequestLeaves(requests: string[], origin: string) {
  const away = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
  assert.deepEqual(away, [], `requests left the page: ${away.join(', ')}`);
  assert.ok(requests.length > 0);
}

describe('strict CSP and no outside requests (built app, Chromium)', { timeout: 600_000 }, () => {
  let dir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-csp-'));
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
    ({ server, origin } = await serve(dir));
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string) {
    const page = await browser.newPage();
    const w = await watch(page);
    // tsx (esbuild keepNames) wraps named functions in __name(...); give the page a no-op one.
    await page.evaluateOnNewDocument('window.__name = (f) => f;');
    await page.evaluateOnNewDocument(installDriver);
    // Downloads (the debrief export) go nowhere: they are blob: URLs saved by the browser.
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => undefined);
    const response = await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    assert.equal(response?.headers()['content-security-policy'], CSP);
    return { page, w };
  }

  async function assertClean(page: Page, w: Watch) {
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await w.violations(), [], 'securitypolicyviolation events');
    assert.deepEqual(w.consoleErrors, [], 'console errors');
    assert.deepEqual(w.pageErrors, [], 'uncaught errors');
    assertNoRequestLeaves(w.requests, origin);
    await page.close();
  }

  it('the embed page (player.html) plays a scenario to the debrief under the policy', async () => {
    const { page, w } = await open('player.html?scenario=example&mode=practice&seed=7&client-state=1&confidence=1');
    await waitForButton(page, 'begin');
    // Pause / step out and back.
    await drive(page, (d) => d.click('Pause / step out'));
    await waitForButton(page, 'Return to the scenario');
    await drive(page, (d) => d.click('Return to the scenario'));
    await drive(page, (d) => d.click('begin'));
    await waitForText(page, 'my gran died');
    await playToDebrief(page);
    await drive(page, (d) => d.click('Download data (JSON)'));
    await drive(page, (d) => d.click('Download for supervision (Markdown)'));
    const text = await drive(page, (d) => d.deepText());
    assert.match(text, /Replay code/);
    await assertClean(page, w);
  });

  it('the library app (index.html) lists the scenarios, plays one, and returns, under the policy', async () => {
    const { page, w } = await open('index.html');
    await waitForButton(page, 'Practice');
    await drive(page, (d) => d.click('Practice'));
    await waitForButton(page, 'begin');
    await drive(page, (d) => d.click('begin'));
    await playToDebrief(page);
    await drive(page, (d) => d.click('Back to the library'));
    await waitForButton(page, 'Export my history');
    await drive(page, (d) => d.click('Export my history'));
    // Importing a history (what "Import a history file" does with the chosen file's text).
    await page.evaluate(() => {
      const app = document.querySelector('attune-app') as (HTMLElement & { store: { exportJson(): string } }) | null;
      const library = app?.shadowRoot?.querySelector('attune-library');
      library?.dispatchEvent(new CustomEvent('attune-history-import', { detail: { text: app!.store.exportJson(), fileName: 'history.json' }, bubbles: true, composed: true }));
    });
    await waitForText(page, 'Imported:');
    await assertClean(page, w);
  });

  it('a SCORM 2004 package: its lms.html, in a frame of an LMS page running scorm-again, plays and reports under the policy', async () => {
    // The package's files as `npm run package` zips them, unpacked under pkg/; the LMS page beside it.
    const playerBuild = mkdtempSync(join(tmpdir(), 'attune-csp-lms-'));
    try {
      await buildPlayer(playerBuild);
      const bundle = buildScenarios(join(root, 'stories')).bundles.find((b) => b.id === 'example')!;
      for (const [file, bytes] of Object.entries(packageEntries('scorm2004', bundle, playerBuild))) {
        mkdirSync(join(dir, 'pkg', file, '..'), { recursive: true });
        writeFileSync(join(dir, 'pkg', file), bytes);
      }
    } finally {
      rmSync(playerBuild, { recursive: true, force: true });
    }
    mkdirSync(join(dir, 'lms'), { recursive: true });
    copyFileSync(join(root, 'node_modules/scorm-again/dist/scorm2004.min.js'), join(dir, 'lms/scorm-again.js'));
    writeFileSync(
      join(dir, 'lms/host.js'),
      "window.API_1484_11 = new window.Scorm2004API({ autocommit: false, logLevel: 5 });\nconst frame = document.createElement('iframe');\nframe.title = 'Course';\nframe.src = '../pkg/lms.html';\ndocument.body.append(frame);\n",
    );
    writeFileSync(join(dir, 'lms/index.html'), '<!doctype html><html lang="en"><head><title>LMS</title><script src="./scorm-again.js"></script><script src="./host.js" defer></script></head><body></body></html>');

    const { page, w } = await open('lms/index.html');
    await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    const frame = page.frames().find((f) => f.url().includes('/pkg/lms.html'))!;
    assert.ok(frame, 'the package frame');
    await waitForButton(frame, 'begin');
    await drive(frame, (d) => d.click('begin'));
    await playToDebrief(frame);
    const cmi = (await page.evaluate(() => {
      const c = (window as unknown as { API_1484_11: { cmi: { completion_status: string; success_status: string; interactions: { childArray: unknown[] }; objectives: { childArray: unknown[] } } } }).API_1484_11.cmi;
      return { completion: c.completion_status, success: c.success_status, interactions: c.interactions.childArray.length, objectives: c.objectives.childArray.length };
    })) as { completion: string; success: string; interactions: number; objectives: number };
    assert.equal(cmi.completion, 'completed');
    assert.match(cmi.success, /^(passed|failed)$/);
    assert.ok(cmi.interactions >= 2 && cmi.objectives >= 1, `interactions ${cmi.interactions}, objectives ${cmi.objectives}`);
    assert.deepEqual(await frame.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), [], 'securitypolicyviolation events in the package frame');
    await assertClean(page, w);
  });

  it('a damaged link to the embed page fails calmly under the policy too', async () => {
    const { page, w } = await open(`player.html?scenario=${encodeURIComponent('<img src=x onerror=alert(1)>')}&src=${encodeURIComponent('https://example.com/x.json')}`);
    await waitForText(page, 'could not be opened');
    await assertClean(page, w);
  });

  it('(control) the watch does see violations: a probe page that evals and sets an inline style', async () => {
    writeFileSync(join(dir, 'csp-probe.html'), '<!doctype html><html><head><script src="./csp-probe.js"></script></head><body></body></html>');
    writeFileSync(join(dir, 'csp-probe.js'), "try { Function('return 1')(); } catch (e) { /* refused */ }\ndocument.addEventListener('DOMContentLoaded', () => document.body.setAttribute('style', 'color: red'));\n");
    const { page, w } = await open('csp-probe.html');
    await new Promise((r) => setTimeout(r, 200));
    const violations = await w.violations();
    assert.ok(violations.some((v) => v.startsWith('script-src')), `eval not reported: ${violations.join('; ')}`);
    assert.ok(violations.some((v) => v.startsWith('style-src')), `inline style not reported: ${violations.join('; ')}`);
    await page.close();
  });

  it('the built pages carry no inline script or style, so the policy needs no hashes or nonces', () => {
    for (const page of ['index.html', 'player.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${page}: inline <script>`);
      assert.doesNotMatch(html, /<style[\s>]/i, `${page}: inline <style>`);
      assert.doesNotMatch(html, /\sstyle=/i, `${page}: style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+=/i, `${page}: event handler attribute`);
    }
  });
});
