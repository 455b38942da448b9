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
 * Every scenario passes the checker's gate first (`src/analysis/gate.ts`, the same checks as
 * `npm run check`): one with errors is left out and the others still go through. The dev server
 * lists it in the catalogue as unavailable with its errors (the library shows "has errors"),
 * answers its bundle with the errors instead of "not found", and shows the errors in Vite's
 * overlay; the build says which scenarios it left out and why, with file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { compileInk } from '../ink/compile.js';
import { branchMaps, checkedScenarios, toCatalogue } from '../node/story-files.js';
import { loadReflection, type Reflection } from '../schemas/reflection.js';

export interface AttunePluginOptions {
  /** The stories folder (default `stories`). */
  stories?: string;
}

function firstError(diagnostics: readonly Diagnostic[]) {
  return diagnostics.find((d) => d.severity === 'error');
}

/**
 * Builds the bundle of every scenario that passes the checker. `leftOut` are the scenarios with
 * errors (each with its errors); `errors` is every error found, in and outside scenarios.
 */
export function buildScenarios(storiesDir: string) {
  const { bundles, leftOut, other } = checkedScenarios(storiesDir);
  const seen = new Set<string>();
  const errors = [...other, ...leftOut.flatMap((l) => l.diagnostics)].filter((d) => {
    const key = formatDiagnostic(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { bundles, leftOut, errors, catalogue: toCatalogue(bundles) };
}

/**
 * The dev server's answer to `scenarios/<name>.json`: the catalogue (`index`), which in development
 * also lists the scenarios left out with their errors; a bundle; or, for a scenario the gate left
 * out, 422 with its errors (the player says it has errors and lists them), never "not found".
 */
export function devScenarioAnswer(built: ReturnType<typeof buildScenarios>, name: string): { status: number; body: unknown } {
  if (name === 'index') return { status: 200, body: { ...built.catalogue, unavailable: built.leftOut } };
  const bundle = built.bundles.find((b) => b.id === name);
  if (bundle) return { status: 200, body: bundle };
  const leftOut = built.leftOut.find((l) => l.id === name);
  if (leftOut) return { status: 422, body: { error: `scenario "${name}" has errors`, diagnostics: leftOut.diagnostics } };
  return { status: 404, body: { error: `no scenario "${name}"`, diagnostics: [] } };
}

/** What a command prints about the scenarios it left out and the other errors: plain lines, no stack trace. */
export function describeLeftOut(built: Pick<ReturnType<typeof buildScenarios>, 'leftOut' | 'errors'>): string[] {
  const lines: string[] = [];
  for (const l of built.leftOut) {
    lines.push(`Left out: ${l.id}${l.title ? ` (${l.title})` : ''}, because npm run check finds ${l.diagnostics.length === 1 ? 'an error' : `${l.diagnostics.length} errors`} in it:`);
    for (const d of l.diagnostics) lines.push(`  ${formatDiagnostic(d)}`);
  }
  const outside = built.errors.filter((d) => !built.leftOut.some((l) => l.diagnostics.includes(d)));
  if (outside.length > 0) {
    lines.push('Errors outside any scenario:');
    for (const d of outside) lines.push(`  ${formatDiagnostic(d)}`);
  }
  return lines;
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
  let logger: Logger | undefined;
  let withMaps = false;

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
        // The branch map of a scenario (map.html, for authors): of any scenario that compiles.
        const mapRequest = /\/maps\/([a-z0-9-]+)\.json$/.exec(url);
        if (mapRequest) {
          const map = branchMaps(storiesDir, { all: true, only: mapRequest[1]! })[0];
          res.statusCode = map ? 200 : 404;
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify(map ?? { error: `no scenario "${mapRequest[1]}" that compiles` }));
          return;
        }
        const m = /\/scenarios\/([a-z0-9-]+)\.json$/.exec(url);
        if (!m) return next();
        const built = buildScenarios(storiesDir);
        overlay(built.errors);
        const answer = devScenarioAnswer(built, m[1]!);
        res.statusCode = answer.status;
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(answer.body));
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

    configResolved(config) {
      logger = config.logger;
      const input = config.build.rollupOptions.input;
      withMaps = typeof input === 'object' && !Array.isArray(input) && Object.values(input).some((p) => String(p).endsWith('map.html'));
    },

    generateBundle() {
      const built = buildScenarios(storiesDir);
      // Left out, not fatal: the other scenarios are still built. Said plainly, with file and line.
      const report = describeLeftOut(built);
      if (report.length > 0) logger?.warn(report.join('\n'));
      this.emitFile({ type: 'asset', fileName: 'scenarios/index.json', source: JSON.stringify(built.catalogue) });
      for (const bundle of built.bundles) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${bundle.id}.json`, source: JSON.stringify(bundle) });
      }
      // The branch maps, for authors (map.html): only when the build has that page.
      if (withMaps) for (const map of branchMaps(storiesDir)) this.emitFile({ type: 'asset', fileName: `maps/${map.id}.json`, source: JSON.stringify(map) });
      const { reflection, diagnostics } = buildReflection(storiesDir);
      const problem = firstError(diagnostics);
      if (problem) this.error({ message: diagnostics.map(formatDiagnostic).join('\n'), id: resolve(problem.file), loc: { file: resolve(problem.file), line: problem.line ?? 1, column: 1 } });
      if (reflection) this.emitFile({ type: 'asset', fileName: 'reflection.json', source: JSON.stringify(reflection) });
    },
  };
}
