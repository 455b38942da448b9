import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic } from '../diagnostics.js';
import { didYouMean } from '../near-names.js';
import { moveChoiceTagLines, type MovedTag } from './choice-lines.js';
import { contentHash } from './content-hash.js';
import { checkTagPlacement, type SourceLocation } from './tag-placement.js';
import { findTextHazards } from './text-hazards.js';

/** Reads a file of the story by its path (relative to wherever the caller's root is). */
export type ReadFile = (path: string) => string | undefined;

export interface CompiledStory {
  /** The story as ink's runtime JSON, ready for `new Story(json)`. */
  json: string;
  /** Fingerprint of `json`; a replay code made on another version is refused. */
  hash: string;
}

export interface CompileResult {
  /** Present when compilation succeeded (there may still be warnings). */
  story?: CompiledStory;
  diagnostics: Diagnostic[];
  /** Every file read: the main file and its INCLUDEs (for watchers). */
  files: string[];
  /** Where each choice point is in the source, by its runtime path (`choice.sourcePath`). */
  choiceLocations: Record<string, SourceLocation>;
  /** The tags written on each choice point (static text only), by runtime path. */
  choiceTags?: Record<string, string[]>;
  /** The line each of those tags is on (tags may be written on lines under their choice). */
  choiceTagLines?: Record<string, { text: string; line: number }[]>;
  /** Every knot, stitch and function with where it is written (for the checker's reachability rules). */
  flows?: FlowLocation[];
  /** Maps a runtime path (e.g. `knot.0.3`) to the source line it came from, when known. */
  locate?: (runtimePath: string) => SourceLocation | undefined;
}

export interface FlowLocation extends SourceLocation {
  /** Runtime path of the flow's container, e.g. `knot` or `knot.stitch`. */
  path: string;
  kind: 'knot' | 'stitch' | 'function';
}

/** Removes `.` and `..` segments so that include paths are comparable. */
export function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/');
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

// inkjs reports problems as "ERROR: 'file.ink' line 12: message".
const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

/**
 * Compiles an ink story and everything it INCLUDEs. Includes are resolved relative to the main
 * file's folder (inkjs misreports the parent of deeply nested includes, so we never rely on it).
 * Never throws for a bad story: problems come back as diagnostics with file and line.
 */
export function compileInk(mainFile: string, readFile: ReadFile): CompileResult {
  const main = normalisePath(mainFile);
  const base = directoryOf(main);
  const files = [main];
  const resolvedByName = new Map<string, string>([[main, main]]);
  const diagnostics: Diagnostic[] = [];

  const original = readFile(main);
  if (original === undefined) {
    return {
      diagnostics: [{ file: main, severity: 'error', rule: 'ink-missing-file', message: `Cannot read the ink file "${main}"` }],
      files,
      choiceLocations: {},
    };
  }

  // Tags written on lines under a choice, moved onto it; and text that ink would silently cut.
  const movedTags = new Map<string, Map<number, MovedTag[]>>();
  const sources: string[] = [];
  const prepare = (file: string, text: string) => {
    sources.push(text);
    diagnostics.push(...findTextHazards(file, text));
    const result = moveChoiceTagLines(text);
    movedTags.set(file, result.moved);
    return result.text;
  };
  const source = prepare(main, original);

  const resolve = (name: string) => {
    const path = normalisePath(name === main ? name : base + name);
    resolvedByName.set(name, path);
    return path;
  };

  const fileHandler = {
    ResolveInkFilename: resolve,
    LoadInkFileContents: (path: string) => {
      const text = readFile(path);
      if (!files.includes(path)) files.push(path);
      if (text === undefined) {
        diagnostics.push({ file: main, severity: 'error', rule: 'ink-missing-file', message: `INCLUDE names "${path}", which cannot be read` });
        return '';
      }
      return prepare(path, text);
    },
  };

  const onMessage = (message: string, type: number) => {
    const m = MESSAGE.exec(message.trim());
    const kind = m?.[1] ?? 'ERROR';
    const named = m?.[2];
    diagnostics.push({
      file: named ? (resolvedByName.get(named) ?? normalisePath(base + named)) : main,
      line: m?.[3] ? Number(m[3]) : undefined,
      // ErrorType: 0 author note (TODO), 1 warning, 2 error
      severity: type === 2 || kind === 'ERROR' ? 'error' : 'warning',
      rule: kind === 'TODO' ? 'ink-todo' : 'ink-compile',
      message: (m?.[4] ?? message).trim(),
    });
  };

  const compiler = new Compiler(source, new CompilerOptions(main, [], false, onMessage, fileHandler));
  let json: string | undefined;
  let runtime: unknown;
  try {
    runtime = compiler.Compile();
    json = (runtime as { ToJson(): string | undefined }).ToJson() ?? undefined;
  } catch (error) {
    // Compile() throws "Compilation failed." after reporting the details through onMessage.
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ file: main, severity: 'error', rule: 'ink-compile', message: String((error as Error).message ?? error) });
    }
  }

  if (json === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics: oneMessagePerCause(dedupe(withNearNames(diagnostics, sources))), files, choiceLocations: {} };
  }

  const fileOf = (name: string) => resolvedByName.get(name) ?? name;
  const unbound = externalsWithoutFallback(compiler.parsedStory, runtime, fileOf, main);
  if (unbound.length > 0) return { diagnostics: dedupe([...diagnostics, ...unbound]), files, choiceLocations: {} };
  const placement = checkTagPlacement(compiler.parsedStory, main, fileOf, movedTags);
  // A "#" inside a word is reported once, from the source, not again as the odd tag it makes.
  const cutInWord = new Set(diagnostics.filter((d) => d.rule === 'text-hash').map((d) => `${d.file}|${d.line}`));
  diagnostics.push(...placement.diagnostics.filter((d) => d.rule !== 'text-hash' || !cutInWord.has(`${d.file}|${d.line}`)));
  return {
    story: { json, hash: contentHash(json) },
    diagnostics: dedupe(diagnostics),
    files,
    choiceLocations: placement.choiceLocations,
    choiceTags: placement.choiceTags,
    choiceTagLines: placement.choiceTagLines,
    flows: collectFlows(compiler.parsedStory, fileOf),
    locate: locator(runtime, fileOf),
  };
}

interface ParsedExternal {
  name: string | null;
  argumentNames: string[];
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
}

/**
 * EXTERNAL functions need an ink function of the same name to fall back on: a web page has no game
 * code to bind them to, so the player always runs the fallback. One without is an error here, with
 * the line of its EXTERNAL declaration, rather than a failure in front of a trainee.
 */
function externalsWithoutFallback(story: unknown, runtime: unknown, fileOf: (name: string) => string, main: string): Diagnostic[] {
  const externals = (story as { externals?: Map<string, ParsedExternal> }).externals;
  const named = (runtime as { mainContentContainer?: { namedContent?: Map<string, unknown> } } | undefined)?.mainContentContainer?.namedContent;
  const diagnostics: Diagnostic[] = [];
  for (const [name, declaration] of externals ?? []) {
    if (named?.has(name)) continue;
    const dm = declaration.debugMetadata;
    const args = declaration.argumentNames.join(', ');
    diagnostics.push({
      file: dm?.fileName ? fileOf(dm.fileName) : main,
      ...(dm ? { line: dm.startLineNumber } : {}),
      severity: 'error',
      rule: 'ink-external-no-fallback',
      message: `EXTERNAL ${name}(${args}) has no ink fallback: the player cannot call game code, so define "=== function ${name}(${args}) ===" in the story to do what it should do`,
    });
  }
  return diagnostics;
}

interface ParsedFlow {
  typeName?: string;
  identifier?: { name?: string } | null;
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  runtimePath?: { toString(): string } | null;
  content?: ParsedFlow[] | null;
}

/** Knots, stitches and functions in the parsed story, with their runtime paths and lines. */
function collectFlows(story: unknown, fileOf: (name: string) => string): FlowLocation[] {
  const flows: FlowLocation[] = [];
  const visit = (node: ParsedFlow) => {
    for (const child of node.content ?? []) {
      const kind = child.typeName === 'Knot' ? 'knot' : child.typeName === 'Stitch' ? 'stitch' : child.typeName === 'Function' ? 'function' : undefined;
      if (!kind) continue;
      const dm = child.debugMetadata;
      const path = child.runtimePath?.toString();
      if (dm && path) flows.push({ path, kind, file: fileOf(dm.fileName ?? ''), line: dm.startLineNumber });
      visit(child);
    }
  };
  visit(story as ParsedFlow);
  return flows;
}

interface RuntimeNode {
  content?: RuntimeNode[];
  namedContent?: Map<string, RuntimeNode>;
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
}

/** Resolves runtime paths in the compiler's own runtime story, which still carries line numbers. */
function locator(runtime: unknown, fileOf: (name: string) => string) {
  const root = (runtime as { mainContentContainer?: RuntimeNode } | undefined)?.mainContentContainer;
  return (runtimePath: string): SourceLocation | undefined => {
    let node: RuntimeNode | undefined = root;
    for (const part of runtimePath.split('.')) {
      if (!node || part === '') continue;
      node = /^\d+$/.test(part) ? node.content?.[Number(part)] : node.namedContent?.get(part);
    }
    const dm = node?.debugMetadata;
    return dm ? { file: fileOf(dm.fileName ?? ''), line: dm.startLineNumber } : undefined;
  };
}

/**
 * ink's "not found" messages with the name the author probably meant: knots, stitches, labels and
 * variables declared anywhere in the story's files.
 */
function withNearNames(list: Diagnostic[], sources: readonly string[]): Diagnostic[] {
  const flows = new Set<string>();
  const variables = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/^\s*={1,}\s*(?:function\s+)?([A-Za-z_]\w*)/gm)) flows.add(m[1]!);
    for (const m of text.matchAll(/^\s*[*+-][*+\-\s]*\(([A-Za-z_]\w*)\)/gm)) flows.add(m[1]!);
    for (const m of text.matchAll(/^\s*(?:VAR|CONST|LIST)\s+([A-Za-z_]\w*)/gm)) variables.add(m[1]!);
    for (const m of text.matchAll(/~\s*temp\s+([A-Za-z_]\w*)/g)) variables.add(m[1]!);
  }
  return list.map((d) => {
    if (d.rule !== 'ink-compile') return d;
    const divert = /Divert target not found: '-> ?([\w.]+)'/.exec(d.message);
    const variable = /(?:Unresolved variable: |Variable could not be found to assign to: ')(\w+)/.exec(d.message);
    const name = divert?.[1] ?? variable?.[1];
    if (!name) return d;
    const last = name.split('.').pop()!;
    const hint = didYouMean(last, divert ? flows : variables);
    return hint ? { ...d, message: `${d.message}${hint}` } : d;
  });
}

/**
 * A "//" that cut a line is the cause of ink's own complaint about that line ("Expected closing
 * ']'…"): keep the message that names the cause.
 */
function oneMessagePerCause(list: Diagnostic[]): Diagnostic[] {
  const cut = new Set(list.filter((d) => d.rule === 'text-comment').map((d) => `${d.file}|${d.line}`));
  return list.filter((d) => d.rule !== 'ink-compile' || !cut.has(`${d.file}|${d.line}`));
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}|${d.line}|${d.severity}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
