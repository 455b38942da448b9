import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic } from '../diagnostics.js';
import { contentHash } from './content-hash.js';
import { checkTagPlacement, type SourceLocation } from './tag-placement.js';

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

  const source = readFile(main);
  if (source === undefined) {
    return {
      diagnostics: [{ file: main, severity: 'error', rule: 'ink-missing-file', message: `Cannot read the ink file "${main}"` }],
      files,
      choiceLocations: {},
    };
  }

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
      return text;
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
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch (error) {
    // Compile() throws "Compilation failed." after reporting the details through onMessage.
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ file: main, severity: 'error', rule: 'ink-compile', message: String((error as Error).message ?? error) });
    }
  }

  if (json === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics: dedupe(diagnostics), files, choiceLocations: {} };
  }

  const placement = checkTagPlacement(compiler.parsedStory, main, (name) => resolvedByName.get(name) ?? name);
  diagnostics.push(...placement.diagnostics);
  return {
    story: { json, hash: contentHash(json) },
    diagnostics: dedupe(diagnostics),
    files,
    choiceLocations: placement.choiceLocations,
  };
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
