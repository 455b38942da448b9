/**
 * The self-reflection reaches the browser as `reflection.json`, written by the Vite plugin in the
 * build and answered by the dev server (small additive change to src/vite/attune-plugin.ts).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, createServer } from 'vite';
import { attunePlugin, buildReflection } from '../../src/vite/attune-plugin.js';

function makeProject(withReflection: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'attune-reflection-'));
  cpSync('stories/example', join(root, 'stories/example'), { recursive: true });
  cpSync('stories/rubrics/example.yaml', join(root, 'stories/rubrics/example.yaml'));
  if (withReflection) cpSync('stories/reflection.yaml', join(root, 'stories/reflection.yaml'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
  return root;
}

async function inProject<T>(root: string, work: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(root); // the plugin reads `stories/` relative to the working directory
  try {
    return await work();
  } finally {
    process.chdir(cwd);
  }
}

describe('reflection.json', () => {
  let root: string;
  before(() => (root = makeProject(true)));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('buildReflection validates stories/reflection.yaml', () => {
    const { reflection, diagnostics } = buildReflection('stories');
    assert.deepEqual(diagnostics, []);
    assert.ok(reflection && reflection.items.length > 0);
    assert.deepEqual(buildReflection('no-such-folder'), { diagnostics: [] });
  });

  it('is written by the build, and is absent when there is no reflection.yaml', async () => {
    await inProject(root, () => build({ root, logLevel: 'silent', configFile: false, base: './', plugins: [attunePlugin()], build: { outDir: join(root, 'dist') } }));
    const written = JSON.parse(readFileSync(join(root, 'dist/reflection.json'), 'utf8'));
    assert.equal(written.id, buildReflection('stories').reflection!.id);

    const bare = makeProject(false);
    await inProject(bare, () => build({ root: bare, logLevel: 'silent', configFile: false, base: './', plugins: [attunePlugin()], build: { outDir: join(bare, 'dist') } }));
    assert.equal(existsSync(join(bare, 'dist/reflection.json')), false);
    rmSync(bare, { recursive: true, force: true });
  });

  it('is answered by the dev server', async () => {
    const server = await inProject(root, () => createServer({ root, logLevel: 'silent', configFile: false, plugins: [attunePlugin()], server: { port: 0, host: '127.0.0.1' } }));
    try {
      await server.listen();
      const response = await fetch(`${server.resolvedUrls!.local[0]}reflection.json`);
      assert.equal(response.status, 200);
      assert.equal((await response.json()).id, buildReflection('stories').reflection!.id);
    } finally {
      await server.close();
    }
  });
});
