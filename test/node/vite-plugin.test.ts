/**
 * The Vite plugin in real Vite (Node): `.ink` imports in build and dev, the scenario JSON the dev
 * server answers, live reload when a story changes, and compile errors with file and line.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, createServer, type ViteDevServer } from 'vite';
import { attunePlugin, buildScenarios } from '../../src/vite/attune-plugin.js';

/** A throw-away project: the example scenario and rubric, and a page that imports the ink. */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'attune-vite-'));
  cpSync('stories/example', join(root, 'stories/example'), { recursive: true });
  cpSync('stories/rubrics/example.yaml', join(root, 'stories/rubrics/example.yaml'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), "import story from './stories/example/story.ink';\nconsole.log(story.hash, story.json.length);\n");
  return root;
}

async function buildProject(root: string) {
  const cwd = process.cwd();
  process.chdir(root); // the plugin reads `stories/` relative to the working directory, like the CLI
  try {
    return await build({ root, logLevel: 'silent', configFile: false, base: './', plugins: [attunePlugin()], build: { outDir: join(root, 'dist') } });
  } finally {
    process.chdir(cwd);
  }
}

describe('attune Vite plugin: the scenarios it builds', () => {
  it('finds and checks scenarios as `npm run check` does: problems across files are errors with file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'attune-stories-'));
    try {
      cpSync('stories/example', join(root, 'example'), { recursive: true });
      cpSync('stories/rubrics/example.yaml', join(root, 'rubrics/example.yaml'));
      cpSync('stories/rubrics/example.yaml', join(root, 'rubrics/example-copy.yaml')); // the same id twice
      mkdirSync(join(root, 'draft'));
      cpSync('stories/example/scenario.yaml', join(root, 'draft/Scenario.yml')); // misnamed metadata
      cpSync('stories/example/story.ink', join(root, 'draft/story.ink'));
      const { bundles, errors, leftOut } = buildScenarios(root);
      // Two rubric files claim the example's rubric id: which one scores it is ambiguous, so it is left out.
      assert.deepEqual(bundles.map((b) => b.id), [], 'nothing is built against an ambiguous rubric');
      assert.deepEqual(leftOut.map((l) => [l.id, l.diagnostics.map((d) => d.rule)]), [['example', ['rubric-duplicate-id']]]);
      const duplicate = errors.find((e) => e.rule === 'rubric-duplicate-id');
      assert.ok(duplicate && duplicate.file.endsWith('rubrics/example.yaml') && duplicate.line === readFileSync('stories/rubrics/example.yaml', 'utf8').split('\n').findIndex((l) => l.startsWith('id:')) + 1, JSON.stringify(errors));
      assert.ok(errors.some((e) => e.rule === 'scenario-missing' && e.file.endsWith('draft/Scenario.yml')), JSON.stringify(errors));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('attune Vite plugin: build', () => {
  let root: string;
  before(() => (root = makeProject()));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('compiles an imported .ink file into the bundle and writes the scenario JSON', async () => {
    await buildProject(root);
    const assets = readdirSync(join(root, 'dist/assets'));
    const js = readFileSync(join(root, 'dist/assets', assets.find((f) => f.endsWith('.js'))!), 'utf8');
    const index = JSON.parse(readFileSync(join(root, 'dist/scenarios/index.json'), 'utf8'));
    const bundle = JSON.parse(readFileSync(join(root, 'dist/scenarios/example.json'), 'utf8'));
    assert.equal(index.scenarios[0].scenario.id, 'example');
    assert.match(bundle.story.hash, /^[0-9a-f]{16}$/);
    assert.ok(js.includes(bundle.story.hash), 'the imported story is in the JS bundle');
    assert.equal(bundle.rubric.id, 'example');
  });

  it('fails the build with file and line when the ink does not compile', async () => {
    const broken = makeProject();
    writeFileSync(join(broken, 'stories/example/endings.ink'), '=== ending_held ===\nOops {\n-> END\n');
    await assert.rejects(buildProject(broken), (error: Error) => {
      assert.match(error.message, /stories\/example\/endings\.ink:2: error \[ink-compile\]/);
      return true;
    });
    rmSync(broken, { recursive: true, force: true });
  });
});

describe('attune Vite plugin: dev server', () => {
  let root: string;
  let server: ViteDevServer;
  let cwd: string;
  const sent: { type: string; err?: { message: string; loc?: { line: number } } }[] = [];
  let base: string;

  before(async () => {
    root = makeProject();
    cwd = process.cwd();
    process.chdir(root);
    server = await createServer({ root, logLevel: 'silent', configFile: false, plugins: [attunePlugin()], server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const original = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: (typeof sent)[number]) => {
      sent.push(payload);
      return original(payload as never);
    }) as typeof server.ws.send;
    const address = server.httpServer!.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  after(async () => {
    await server.close();
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('serves .ink as a module holding the compiled story', async () => {
    const result = await server.transformRequest('/stories/example/story.ink');
    assert.ok(result?.code.includes('"hash":'), 'module exports the compiled story');
  });

  it('answers the scenario catalogue and bundles', async () => {
    const index = await (await fetch(`${base}/scenarios/index.json`)).json();
    assert.deepEqual(index.scenarios.map((s: { scenario: { id: string } }) => s.scenario.id), ['example']);
    const missing = await fetch(`${base}/scenarios/nope.json`);
    assert.equal(missing.status, 404);
  });

  it('reloads the page when a story changes, and shows compile errors with file and line in the overlay', async () => {
    const file = join(root, 'stories/example/endings.ink');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good + '\n=== extra ===\nBroken {\n-> END\n');
    const deadline = Date.now() + 10_000;
    while (!sent.some((p) => p.type === 'full-reload') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(sent.some((p) => p.type === 'full-reload'), 'a full reload was sent');
    await fetch(`${base}/scenarios/example.json`);
    const overlay = sent.find((p) => p.type === 'error');
    assert.ok(overlay, 'an error was sent to the overlay');
    assert.match(overlay.err!.message, /stories\/example\/endings\.ink:18: error \[ink-compile\]/);
    assert.equal(overlay.err!.loc!.line, 18);
    writeFileSync(file, good);
  });
});
