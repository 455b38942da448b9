/**
 * One gate (issue 15): what `npm run check` rejects is never built, served or packaged. A stories
 * folder with the example and a copy of it whose rating names a misspelt criterion (the mistake
 * the checker reports and the old build shipped): the build writes the example and leaves the
 * copy out, saying why with file and line and no stack trace; the dev server lists the copy as
 * unavailable with its errors and answers its bundle with them; the packager packages the
 * example and fails for the copy.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, createLogger, createServer } from 'vite';
import { buildPlayer, packageAll, PackageLeftOutError } from '../../src/cli/package.js';
import { attunePlugin, buildScenarios } from '../../src/vite/attune-plugin.js';

const story = readFileSync('stories/example/story.ink', 'utf8');
const brokenLine = story.split('\n').findIndex((l) => l.includes('#rate: attunement=3 safety-pacing=3')) + 1;

/** stories/ with the example and "broken", the example with `attunement` misspelt on one option. */
function makeStories(root: string) {
  cpSync('stories/example', join(root, 'stories/example'), { recursive: true });
  cpSync('stories/rubrics/example.yaml', join(root, 'stories/rubrics/example.yaml'));
  cpSync('stories/example', join(root, 'stories/broken'), { recursive: true });
  writeFileSync(join(root, 'stories/broken/story.ink'), story.replace('#rate: attunement=3 safety-pacing=3', '#rate: attunment=3 safety-pacing=3'));
  writeFileSync(join(root, 'stories/broken/scenario.yaml'), readFileSync('stories/example/scenario.yaml', 'utf8').replace('id: example', 'id: broken'));
}

describe('the gate: a scenario the checker rejects is left out everywhere, the others go through', () => {
  let root: string;
  let cwd: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'attune-gate-'));
    makeStories(root);
    cwd = process.cwd();
  });
  after(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('buildScenarios: the example is bundled, the broken copy left out with the checker\'s error', () => {
    const built = buildScenarios(join(root, 'stories'));
    assert.deepEqual(built.bundles.map((b) => b.id), ['example']);
    assert.deepEqual(built.leftOut.map((l) => l.id), ['broken']);
    const error = built.leftOut[0]!.diagnostics[0]!;
    assert.equal(error.rule, 'criterion-unknown');
    assert.ok(error.file.endsWith('stories/broken/story.ink') && error.line === brokenLine, JSON.stringify(error));
    assert.match(error.message, /did you mean "attunement"/);
  });

  it('vite build writes the example, leaves the broken copy out and says why, with file and line, without failing or a stack trace', async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>page</p>');
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    process.chdir(root);
    try {
      await build({ root, configFile: false, customLogger: logger, base: './', plugins: [attunePlugin()], build: { outDir: join(root, 'dist') } });
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual(readdirSync(join(root, 'dist/scenarios')).sort(), ['example.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(root, 'dist/scenarios/index.json'), 'utf8'));
    assert.deepEqual(index.scenarios.map((s: { scenario: { id: string } }) => s.scenario.id), ['example']);
    assert.equal(index.unavailable, undefined, 'a build never lists the scenarios left out');
    const said = warnings.join('\n');
    assert.match(said, /Left out: broken \(Example: the last five minutes\), because npm run check finds an error in it:/);
    assert.match(said, new RegExp(`stories/broken/story\\.ink:${brokenLine}: error \\[criterion-unknown\\]`));
    assert.doesNotMatch(said, /\n\s+at /, 'no stack trace');
  });

  it('the dev server lists the broken copy as unavailable, answers its bundle with the errors, and shows them in the overlay', async () => {
    process.chdir(root);
    const server = await createServer({ root, logLevel: 'silent', configFile: false, plugins: [attunePlugin()], server: { port: 0, host: '127.0.0.1' } });
    const sent: { type: string; err?: { message: string } }[] = [];
    try {
      await server.listen();
      const original = server.ws.send.bind(server.ws);
      server.ws.send = ((payload: (typeof sent)[number]) => {
        sent.push(payload);
        return original(payload as never);
      }) as typeof server.ws.send;
      const base = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}`;
      const index = await (await fetch(`${base}/scenarios/index.json`)).json();
      assert.deepEqual(index.scenarios.map((s: { scenario: { id: string } }) => s.scenario.id), ['example']);
      assert.deepEqual(index.unavailable.map((u: { id: string }) => u.id), ['broken']);
      assert.equal(index.unavailable[0].diagnostics[0].rule, 'criterion-unknown');
      const broken = await fetch(`${base}/scenarios/broken.json`);
      assert.equal(broken.status, 422);
      assert.equal((await broken.json()).diagnostics[0].line, brokenLine);
      assert.equal((await fetch(`${base}/scenarios/example.json`)).status, 200);
      assert.equal((await fetch(`${base}/scenarios/nothing-here.json`)).status, 404);
      const overlay = sent.find((p) => p.type === 'error');
      assert.ok(overlay?.err?.message.includes(`stories/broken/story.ink:${brokenLine}: error [criterion-unknown]`), JSON.stringify(sent));
    } finally {
      await server.close();
      process.chdir(cwd);
    }
  });

  it('npm run package packages the example, not the broken copy, and fails saying why', async () => {
    const buildDir = join(root, 'player');
    await buildPlayer(buildDir, join(root, 'stories'));
    const lines: string[] = [];
    const out = join(root, 'packages');
    await assert.rejects(packageAll({ stories: join(root, 'stories'), buildDir, out, log: (l) => lines.push(l) }), (error: Error) => {
      assert.ok(error instanceof PackageLeftOutError);
      assert.match(error.message, /3 packages written, but not for broken/);
      assert.deepEqual(error.packages.map((p) => `${p.scenario}-${p.kind}`), ['example-scorm12', 'example-scorm2004', 'example-cmi5']);
      return true;
    });
    assert.ok(existsSync(join(out, 'example-scorm12.zip')));
    assert.ok(!existsSync(join(out, 'broken-scorm12.zip')));
    assert.ok(lines.some((l) => l.includes(`stories/broken/story.ink:${brokenLine}: error [criterion-unknown]`)), lines.join('\n'));
    await assert.rejects(packageAll({ stories: join(root, 'stories'), buildDir, out, scenarios: ['broken'], log: () => undefined }), /Not packaged: broken has errors/);
  });
});

describe('the gate and EXTERNAL functions: one with no ink fallback is a build error with file and line', () => {
  it('buildScenarios leaves the scenario out, naming the EXTERNAL line; with a fallback it is bundled', () => {
    const root = mkdtempSync(join(tmpdir(), 'attune-external-'));
    try {
      cpSync('stories/rubrics/example.yaml', join(root, 'stories/rubrics/example.yaml'));
      for (const [id, fallback] of [
        ['without', ''],
        ['with', '\n=== function weekday() ===\n~ return "Tuesday"\n'],
      ] as const) {
        cpSync('stories/example', join(root, `stories/${id}`), { recursive: true });
        writeFileSync(join(root, `stories/${id}/story.ink`), `EXTERNAL weekday()\n${story}${fallback}`);
        writeFileSync(join(root, `stories/${id}/scenario.yaml`), readFileSync('stories/example/scenario.yaml', 'utf8').replace('id: example', `id: ${id}`));
      }
      const built = buildScenarios(join(root, 'stories'));
      assert.deepEqual(built.bundles.map((b) => b.id), ['with']);
      assert.deepEqual(built.leftOut.map((l) => l.id), ['without']);
      const error = built.leftOut[0]!.diagnostics.find((d) => d.rule === 'ink-external-no-fallback')!;
      assert.ok(error.file.endsWith('stories/without/story.ink') && error.line === 1, JSON.stringify(error));
      assert.equal(error.severity, 'error');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
