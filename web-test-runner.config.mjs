// Browser tests run in Debian's Chromium (never a downloaded browser). CHROME_PATH picks another.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { tsImport } from 'tsx/esm/api';
import { lrsPlugin } from './test/lms/lrs-server.mjs';
import { frameGuardPlugin, testRoutes } from './test/security/test-routes.mjs';
import { packagePlugin } from './test/lms/package-plugin.mjs';

// The same scenario bundles the Vite dev server and build produce, from the same code.
const { buildScenarios, buildReflection, devScenarioAnswer } = await tsImport('./src/vite/attune-plugin.ts', import.meta.url);
const { main: checkCommand } = await tsImport('./src/cli/check-run.ts', import.meta.url);
const { branchMaps, diskFiles } = await tsImport('./src/node/story-files.ts', import.meta.url);
const { corpusStoriesDir } = await tsImport('./test/checker/corpus-dirs.ts', import.meta.url);
// The gate checks every scenario as `npm run check` does: once here, so that no test page waits for
// it (the reports are kept while the stories are unchanged).
buildScenarios('stories');

/** Every file under stories/ with its size and time: the bundles are rebuilt only when one changes. */
function storiesStamp(dir = 'stories') {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath ?? e.path, e.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('|');
}
let built; // { stamp, result }: compiling every story takes seconds, and LMS tests load bundles hundreds of times
const storyBundles = () => {
  const stamp = storiesStamp();
  if (built?.stamp !== stamp) built = { stamp, result: buildScenarios('stories') };
  return built.result;
};

/** Serves `reflection.json` and `maps/<id>.json` from `stories/`, as the Vite dev server does (whole pages in tests). */
async function pageData(context, next) {
  if (context.path === '/reflection.json') {
    const { reflection, diagnostics } = buildReflection('stories');
    context.type = 'application/json';
    context.status = reflection ? 200 : 404;
    context.body = JSON.stringify(reflection ?? { error: 'no valid stories/reflection.yaml', diagnostics });
    return;
  }
  const map = /^\/maps\/([a-z0-9-]+)\.json$/.exec(context.path);
  if (!map) return next();
  const found = branchMaps('stories', { all: true, only: map[1] })[0];
  context.type = 'application/json';
  context.status = found ? 200 : 404;
  context.body = JSON.stringify(found ?? { error: `no scenario "${map[1]}"` });
}

/** Serves `scenarios/index.json` and `scenarios/<id>.json` built from `stories/`, as the app gets them. */
async function scenarioBundles(context, next) {
  const m = /\/scenarios\/([a-z0-9-]+)\.json$/.exec(context.path);
  if (!m) return next();
  const stories = storyBundles();
  const body = m[1] === 'index' ? stories.catalogue : stories.bundles.find((b) => b.id === m[1]);
  context.type = 'application/json';
  context.status = body ? 200 : 404;
  context.body = JSON.stringify(body ?? { error: `no playable scenario "${m[1]}"`, diagnostics: stories.errors });
}

/**
 * Each case of the checker's corpus as a stories folder of its own, for the end-to-end gate test:
 * `/corpus-scenarios/<case>/check.json` is `npm run check -- <folder> --json`, and
 * `/corpus-scenarios/<case>/<id>.json` what the dev server answers for that scenario (its bundle,
 * or 422 with its errors).
 */
const corpusCases = new Map();
async function corpusScenarios(context, next) {
  const m = /^\/corpus-scenarios\/([a-z0-9-]+)\/([a-z0-9-]+)\.json$/.exec(context.path);
  if (!m) return next();
  const [, name, file] = m;
  if (!corpusCases.has(name)) {
    const dir = corpusStoriesDir(name);
    let out = '';
    checkCommand([dir, '--json'], diskFiles, (text) => (out += text));
    corpusCases.set(name, { check: out, built: buildScenarios(dir) });
  }
  const { check, built } = corpusCases.get(name);
  context.type = 'application/json';
  context.set('cache-control', 'no-store');
  if (file === 'check') {
    context.body = check;
    return undefined;
  }
  const answer = devScenarioAnswer(built, file);
  context.status = answer.status;
  context.body = JSON.stringify(answer.body);
  return undefined;
}

export default {
  // test/node/ holds the Node-side tests (node --test); everything else runs in Chromium.
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', 'src/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'import'] },
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 20 * 60 * 1000,
  testFramework: { config: { timeout: 120000 } },
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a background tab is hidden, and a hidden page never
      // runs requestAnimationFrame, so a test file that waits for a frame would stall there.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  // testRoutes/frameGuardPlugin: hand-made bundles and frame error capture for test/security, test/reliability.
  middleware: [scenarioBundles, pageData, corpusScenarios, testRoutes()],
  // filePlugin: test/e2e/panel-validation.test.ts keeps the ratings files its simulated raters download.
  plugins: [filePlugin(), lrsPlugin(), frameGuardPlugin(), packagePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};
