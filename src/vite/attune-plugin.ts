/**
 * Vite plugin: ink and scenarios as first-class modules.
 *
 * - `import story from './story.ink'` yields the compiled story `{ json, hash }` (plus the
 *   diagnostics as a named export), in dev and build; the INCLUDEd files are watched too.
 * - The dev server answers `scenarios/index.json` (the library's catalogue) and
 *   `scenarios/<id>.json` (one scenario bundle: metadata, rubric, compiled story) from `stories/`,
 *   and reloads the page when any story, rubric or metadata file changes.
 * - `vite build` writes the same JSON files into the output.
 *
 * Compile and validation errors go to Vite's error overlay (dev) or fail the build, naming file
 * and line (or field path).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { compileInk } from '../ink/compile.js';
import type { ScenarioBundle } from '../scenario-bundle.js';
import { loadStories, toBundle, toCatalogue } from '../node/story-files.js';
import { loadReflection, type Reflection } from '../schemas/reflection.js';

export interface AttunePluginOptions {
  /** The stories folder (default `stories`). */
  stories?: string;
}

function firstError(diagnostics: readonly Diagnostic[]) {
  return diagnostics.find((d) => d.severity === 'error');
}

/** Builds every bundle; returns the scenarios that have errors separately, with their diagnostics. */
export function buildScenarios(storiesDir: string) {
  const { rubrics, scenarios, diagnostics } = loadStories(storiesDir);
  const bundles: ScenarioBundle[] = [];
  const errors: Diagnostic[] = [...diagnostics, ...[...rubrics.values()].flatMap((r) => r.diagnostics)].filter((d) => d.severity === 'error');
  for (const folder of scenarios) {
    const bundle = toBundle(folder);
    if (bundle) bundles.push(bundle);
    errors.push(...folder.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { bundles, errors, catalogue: toCatalogue(bundles) };
}

/**
 * The therapist self-reflection (`<stories>/reflection.yaml`), validated, as the library app
 * fetches it (`reflection.json` beside the pages). Absent file: no reflection, no error.
 */
export function buildReflection(storiesDir: string): { reflection?: Reflection; diagnostics: Diagnostic[] } {
  const file = join(storiesDir, 'reflection.yaml');
  if (!existsSync(file)) return { diagnostics: [] };
  const loaded = loadReflection(file, readFileSync(file, 'utf8'));
  return { ...(loaded.value ? { reflection: loaded.value } : {}), diagnostics: loaded.diagnostics };
}

export function attunePlugin(options: AttunePluginOptions = {}): Plugin {
  const storiesDir = options.stories ?? 'stories';
  let server: ViteDevServer | undefined;

  const overlay = (diagnostics: readonly Diagnostic[]) => {
    const first = firstError(diagnostics);
    if (!server || !first) return;
    server.ws.send({
      type: 'error',
      err: {
        message: diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'),
        stack: '',
        id: first.file,
        loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 },
        plugin: 'attune',
      },
    });
  };

  return {
    name: 'attune',

    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(resolve(storiesDir));
      devServer.watcher.on('change', (path) => {
        if (/\.(ink|ya?ml)$/.test(path) && path.startsWith(resolve(storiesDir))) devServer.ws.send({ type: 'full-reload' });
      });
      devServer.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (url.endsWith('/reflection.json')) {
          const { reflection, diagnostics } = buildReflection(storiesDir);
          overlay(diagnostics);
          res.statusCode = reflection ? 200 : 404;
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify(reflection ?? { error: 'no valid stories/reflection.yaml', diagnostics }));
          return;
        }
        const m = /\/scenarios\/([a-z0-9-]+)\.json$/.exec(url);
        if (!m) return next();
        const built = buildScenarios(storiesDir);
        overlay(built.errors);
        const body = m[1] === 'index' ? built.catalogue : built.bundles.find((b) => b.id === m[1]);
        if (!body) {
          const problems = built.errors.filter((d) => d.file.includes(`/${m[1]}/`));
          res.statusCode = 404;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ error: `no playable scenario "${m[1]}"`, diagnostics: problems }));
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(body));
      });
    },

    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const readText = (path: string) => {
        try {
          return readFileSync(resolve(path), 'utf8');
        } catch {
          return undefined;
        }
      };
      const result = compileInk(file, readText);
      for (const included of result.files) this.addWatchFile(resolve(included));
      const error = firstError(result.diagnostics);
      if (error || !result.story) {
        const d = error ?? { file, severity: 'error', rule: 'ink-compile', message: 'compilation failed' };
        this.error({ message: formatDiagnostic(d), id: resolve(d.file), loc: { file: resolve(d.file), line: d.line ?? 1, column: 1 } });
      }
      for (const w of result.diagnostics) this.warn(formatDiagnostic(w));
      return `export default ${JSON.stringify(result.story)};\nexport const diagnostics = ${JSON.stringify(result.diagnostics)};\n`;
    },

    generateBundle() {
      const built = buildScenarios(storiesDir);
      if (built.errors.length > 0) {
        const first = built.errors[0]!;
        this.error({ message: built.errors.map(formatDiagnostic).join('\n'), id: resolve(first.file), loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 } });
      }
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(built.catalogue) });
      for (const bundle of built.bundles) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${bundle.id}.json`, source: JSON.stringify(bundle) });
      }
      const { reflection, diagnostics } = buildReflection(storiesDir);
      const problem = firstError(diagnostics);
      if (problem) this.error({ message: diagnostics.map(formatDiagnostic).join('\n'), id: resolve(problem.file), loc: { file: resolve(problem.file), line: problem.line ?? 1, column: 1 } });
      if (reflection) this.emitFile({ type: 'asset', fileName: 'reflection.json', source: JSON.stringify(reflection) });
    },
  };
}
