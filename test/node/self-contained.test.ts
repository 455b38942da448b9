/**
 * The repository stands on its own: a clone with nothing beside it must run its tests, benchmark and
 * docs. This test fails if any file in src/, test/, bench/, scripts/, .ci/, docs/, the README or the
 * root configs refers to a path outside the repository: a relative path that climbs out of it, an
 * absolute path into someone's work or home folder, or the working material kept beside the
 * repository (the design brief, the clinical notes, the shared corpora) that must be vendored or
 * explained here instead.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');

const SCANNED_FOLDERS = ['src', 'test', 'bench', 'scripts', '.ci', 'docs'];
const SCANNED_FILES = ['README.md', 'package.json', 'tsconfig.json', 'vite.config.ts', 'web-test-runner.config.mjs', 'eslint.config.js', 'index.html', 'player.html', 'lms.html'];
const TEXT = /\.(ts|mts|mjs|js|json|md|html|css|ya?ml|sh|ink)$|^run$/;
/** Vendored third-party material, kept as received. */
const VENDORED = ['test/corpus/'];

/** Working material that lives beside the repository on the team's machines, never in a clone. */
const OUTSIDE_NAMES: { pattern: RegExp; what: string }[] = [
  { pattern: /['"`]\.\.['"`]\s*,\s*['"`]shared\b/, what: 'the folder of working material beside the repository' },
  { pattern: /\bshared\/(corpus|clinical|source|hooks)\b/, what: 'material kept beside the repository' },
  { pattern: /\bDESIGN\.md\b/, what: 'the design brief kept beside the repository' },
  { pattern: /\btoolchain\.md\b/, what: 'the toolchain notes kept beside the repository' },
  { pattern: /\bclinical\/research\.md\b/, what: 'the clinical notes kept beside the repository' },
];
/** Absolute paths into a machine's work or home folders (system paths such as /usr/bin are fine). */
const ABSOLUTE_OUTSIDE = /(?<![\w.:/-])\/(work|home|root|Users|mnt)\/[\w.-]/;
/** A relative path that starts by climbing, inside quotes, backticks or a Markdown link. */
const RELATIVE_CLIMB = /(?:['"`(]|\]\()((?:\.\.\/)+[^'"`)\s]*)/g;
/** A call that reads the file system; Node tools run from the root, so their relative paths are the root's. */
const FILE_SYSTEM_CALL = /\b(read\w*|exists\w*|stat\w*|open\w*|createReadStream|compileInk|resolve|join)\s*\(/;

export interface OutsideReference {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** The path exists in the repository, allowing for `.js` imports of `.ts` files and folder imports. */
function existsInRepo(path: string): boolean {
  const candidates = [path, path.replace(/\.js$/, '.ts'), path.replace(/\.mjs$/, '.mts'), join(path, 'index.ts')];
  return candidates.some((p) => existsSync(p));
}

/** Every reference to a path outside the repository in one file's text. `file` is relative to the root. */
export function findOutsideReferences(file: string, text: string, root = ROOT): OutsideReference[] {
  const found: OutsideReference[] = [];
  const folder = dirname(join(root, file));
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  text.split('\n').forEach((lineText, i) => {
    const at = (why: string) => found.push({ file, line: i + 1, text: lineText.trim(), why });
    for (const { pattern, what } of OUTSIDE_NAMES) if (pattern.test(lineText)) at(what);
    if (ABSOLUTE_OUTSIDE.test(lineText)) at('an absolute path outside the repository');
    for (const m of lineText.matchAll(RELATIVE_CLIMB)) {
      const path = m[1]!;
      const fromFile = resolve(folder, path);
      const fromRoot = resolve(root, path);
      // Module-relative (imports, Markdown links): outside if it climbs out from the file's folder.
      // Given to a file-system call (Node tools run from the root): outside if it climbs out from
      // the root, unless it names a file in the repo relative to the file. Other strings (URLs in a
      // page, path-traversal test inputs) are not paths in this checkout.
      if (!inside(fromFile)) at(`${path} climbs out of the repository from ${file}`);
      else if (FILE_SYSTEM_CALL.test(lineText) && !inside(fromRoot) && !existsInRepo(fromFile)) at(`${path} climbs out of the repository from the root`);
    }
  });
  return found;
}

function* filesUnder(folder: string): Generator<string> {
  const full = join(ROOT, folder);
  if (!existsSync(full)) return;
  for (const name of readdirSync(full)) {
    if (name === 'node_modules') continue;
    const path = `${folder}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) yield* filesUnder(path);
    else if (TEXT.test(name)) yield path;
  }
}

describe('the repository stands on its own', () => {
  it('no scanned file refers to a path outside the repository', () => {
    const files = [...SCANNED_FOLDERS.flatMap((f) => [...filesUnder(f)]), ...SCANNED_FILES.filter((f) => existsSync(join(ROOT, f)))]
      .filter((f) => !VENDORED.some((v) => f.startsWith(v)))
      .filter((f) => f !== relative(ROOT, import.meta.filename));
    assert.ok(files.length > 200, `only ${files.length} files scanned: the scan lost its way`);
    const found = files.flatMap((f) => findOutsideReferences(f, readFileSync(join(ROOT, f), 'utf8')));
    assert.deepEqual(
      found.map((r) => `${r.file}:${r.line}: ${r.why}: ${r.text}`),
      [],
      'vendor what these need into the repository (test/corpus/ with its licence) or explain it in docs/',
    );
  });

  it('the scan catches each kind of outside reference and passes what is inside', () => {
    const flagged = (file: string, text: string) => findOutsideReferences(file, text).length > 0;
    // The name of the folder beside the repository, put together here so that this file itself names
    // no outside path: the samples below are the mistakes the scan must catch, not references.
    const beside = ['sha', 'red'].join('');
    // Outside: each of these must be caught.
    assert.ok(flagged('test/node/x.test.ts', `compileInk('../${beside}/corpus/the-intercept/TheIntercept.ink')`));
    assert.ok(flagged('web-test-runner.config.mjs', `const material = resolve(process.cwd(), '../${beside}');`));
    assert.ok(flagged('bench/x.ts', `const dir = join(root, '..', '${beside}');`));
    assert.ok(flagged('test/conformance/x.test.ts', `const CORPUS = '/${beside}/corpus/ink-proof/ink';`));
    assert.ok(flagged('src/scoring.ts', ' * The scoring model (DESIGN.md §4).'));
    assert.ok(flagged('docs/x.md', `See [the notes](../../${beside}/clinical/research.md).`));
    assert.ok(flagged('scripts/x.mjs', "readFileSync('/work/main/stories/a.ink')"));
    assert.ok(flagged('src/x.ts', "import { y } from '../../../elsewhere/y.js';"));
    assert.ok(flagged('test/node/x.test.ts', "readFileSync('../sibling-project/data.json')"));
    // Inside: none of these may be caught.
    assert.ok(!flagged('test/engine/x.test.ts', "import { Session } from '../../src/session.js';"));
    assert.ok(!flagged('components/attune-app/x.ts', `import { emit } from '../${beside}/events.js';`));
    assert.ok(!flagged('docs/x.md', 'See [the guide](authoring.md) and [the README](../README.md).'));
    assert.ok(!flagged('scripts/x.mjs', "spawnSync('/usr/bin/chromium', ['--headless'])"));
    assert.ok(!flagged('test/node/x.test.ts', "compileInk('test/corpus/the-intercept/TheIntercept.ink')"));
    assert.ok(!flagged('test/x.test.ts', "for (const bad of ['', '../x', 'x/y']) expect(scenarioBundleUrl(bad)).to.equal(undefined);"));
  });
});
