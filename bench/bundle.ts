/**
 * Bundle figures from a build in `dist/`: what a host page loads for player.html (the embed) and
 * for index.html (the library), found by following each page's module graph, gzip and brotli
 * (node:zlib, best compression, as for pre-compressed static files); the inkjs runtime's own
 * share (a one-line entry importing only `inkjs`, built with Vite); and a check that the ink
 * compiler (`inkjs/full`) is not in any shipped file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export interface Size {
  bytes: number;
  gzip: number;
  brotli: number;
}

export const sizeOf = (data: Buffer | string): Size => {
  const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const add = (a: Size, b: Size): Size => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Size = { bytes: 0, gzip: 0, brotli: 0 };

export interface FileSize extends Size {
  file: string;
  /** `initial`: loaded with the page; `lazy`: loaded later by a dynamic import. */
  when: 'initial' | 'lazy';
}

export interface PageBundle {
  page: string;
  files: FileSize[];
  /** Everything the page can load (JS and CSS; the HTML itself is given apart). */
  total: Size;
  /** What loads before the page can run: its scripts, their static imports and its style sheets. */
  initial: Size;
  html: Size;
}

// Minified output quotes with ", ' or ` (rolldown prefers backticks).
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]\s*\)/g;
/** Vite's preload list for dynamic imports (`__vite__mapDeps`): relative to the chunk ("./x.js") or to the build root ("assets/x.js"). */
const PRELOAD_DEPS = /\bm\.f\s*\|\|\s*\(\s*m\.f\s*=\s*\[([^\]]*)\]/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
}

/** Follows a built page's module graph: scripts, module preloads, style sheets, static and dynamic imports. */
export function pageBundle(dist: string, page: string): PageBundle {
  const root = resolve(dist);
  const htmlPath = join(root, page);
  const html = readFileSync(htmlPath, 'utf8');
  const when = new Map<string, 'initial' | 'lazy'>();
  const queue: [string, 'initial' | 'lazy'][] = [];
  const visit = (file: string, stage: 'initial' | 'lazy') => {
    if (!existsSync(file) || !file.startsWith(root)) return;
    if (when.get(file) === 'initial' || when.get(file) === stage) return;
    when.set(file, stage);
    queue.push([file, stage]);
  };
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel');
    const ref = isScript ? attribute(tag, 'src') : rel === 'stylesheet' || rel === 'modulepreload' ? attribute(tag, 'href') : undefined;
    if (ref && !/^[a-z]+:|^\/\//i.test(ref)) visit(resolve(dirname(htmlPath), ref), 'initial');
  }
  while (queue.length > 0) {
    const [file, stage] = queue.shift()!;
    if (!/\.m?js$/.test(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1]!), stage);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visit(resolve(dirname(file), m[1]!), 'lazy');
    for (const m of code.matchAll(PRELOAD_DEPS)) {
      for (const quoted of m[1]!.match(/["'`]([^"'`]+)["'`]/g) ?? []) {
        const dep = quoted.slice(1, -1);
        visit(resolve(/^\.{1,2}\//.test(dep) ? dirname(file) : root, dep), 'lazy');
      }
    }
  }
  const files = [...when].map(([file, stage]) => ({ file: relative(root, file), when: stage, ...sizeOf(readFileSync(file)) }));
  files.sort((a, b) => (a.when === b.when ? b.bytes - a.bytes : a.when === 'initial' ? -1 : 1));
  return {
    page,
    files,
    total: files.reduce<Size>((s, f) => add(s, f), ZERO),
    initial: files.filter((f) => f.when === 'initial').reduce<Size>((s, f) => add(s, f), ZERO),
    html: sizeOf(html),
  };
}

/** Builds a one-off entry with Vite (same target as the app, minified) and sizes its output. */
export async function entrySize(code: string): Promise<Size> {
  const output = await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    plugins: [{ name: 'bench-entry', resolveId: (id) => (id === 'virtual:bench-entry' ? '\0bench-entry' : undefined), load: (id) => (id === '\0bench-entry' ? code : undefined) }],
    build: { write: false, target: 'es2022', modulePreload: false, rollupOptions: { input: 'virtual:bench-entry' } },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunks = results.flatMap((r) => r.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  return sizeOf(chunks.map((c) => c.code).join('\n'));
}

/** The libraries' own shares: each imported alone, as the app imports it. */
export async function librarySizes(): Promise<Record<'inkjs' | 'lit' | 'zod', Size>> {
  return {
    inkjs: await entrySize(`import { Story } from 'inkjs'; window.__x = Story;`),
    lit: await entrySize(`import { LitElement, html, css, nothing } from 'lit'; import { customElement, property, query, state } from 'lit/decorators.js'; window.__x = [LitElement, html, css, nothing, customElement, property, query, state];`),
    zod: await entrySize(`import * as z from 'zod/mini'; window.__x = z.object({ a: z.string() });`),
  };
}

export interface CompilerCheck {
  /** Readable strings found only in the compiler build of inkjs (its parser's error messages…). */
  markers: number;
  /** Shipped files containing any of them, with how many. */
  found: { file: string; markers: number }[];
  inBundle: boolean;
}

/** Looks for the ink compiler in every JS file of the build. */
export function compilerCheck(dist: string): CompilerCheck {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('inkjs/full'));
  const full = readFileSync(join(dir, 'ink-full.mjs'), 'utf8');
  const runtime = readFileSync(join(dir, 'ink.mjs'), 'utf8');
  const literals = (s: string) => new Set((s.match(/"[A-Za-z][A-Za-z ,.'()]{18,80}"|'[A-Za-z][A-Za-z ,."()]{18,80}'|`[A-Za-z][A-Za-z ,.'()]{18,80}`/g) ?? []).map((x) => x.slice(1, -1)));
  const markers = [...literals(full)].filter((x) => !runtime.includes(x));
  const jsFiles = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(join(d, e.name)) : /\.m?js$/.test(e.name) ? [join(d, e.name)] : []));
  const found = jsFiles(resolve(dist))
    .map((file) => {
      const code = readFileSync(file, 'utf8');
      return { file: relative(resolve(dist), file), markers: markers.filter((m) => code.includes(m)).length };
    })
    .filter((f) => f.markers > 0);
  // One or two could be a coincidence (a message of our own); the compiler brings dozens.
  return { markers: markers.length, found, inBundle: found.some((f) => f.markers >= Math.max(3, markers.length / 4)) };
}
