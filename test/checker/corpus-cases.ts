/**
 * The broken-file corpus (`test/checker/corpus/`): each case is a small stories folder with one
 * mistake, and the diagnostics it must produce are written next to the mistake as comments:
 *
 *   * [Say nothing. …] // expect: error feedback-missing
 *   minutes: ten # expect: error scenario-schema @minutes
 *   // expect-file: warning ink-not-included        (a diagnostic about the whole file, no line)
 *
 * An expectation is `<severity> <rule>`, optionally `@<field path>` and a quoted fragment of the
 * message; several are separated by ";". The line of the comment is the line the diagnostic must
 * name. A case passes when its diagnostics are exactly the expected ones: each expectation met
 * once, nothing else reported.
 */
import type { Diagnostic } from '../../src/diagnostics.js';
import { checkStories, allDiagnostics, type CheckOptions, type CheckReport } from '../../src/analysis/check.js';
import { join, loadStoryTree, memoryFiles, type LoadedStories } from '../../src/analysis/files.js';

export const CORPUS = 'test/checker/corpus';

export interface CorpusIndex {
  shared: string[];
  cases: Record<string, { description: string; files: string[]; options?: CheckOptions }>;
}

export interface Expectation {
  severity: 'error' | 'warning';
  rule: string;
  file: string;
  /** undefined for file-level expectations. */
  line?: number;
  path?: string;
  fragment?: string;
}

const EXPECT = /(?:\/\/|#)\s*expect(-file)?:\s*(.*)$/;

export function parseExpectations(file: string, text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split('\n').forEach((lineText, i) => {
    const m = EXPECT.exec(lineText);
    if (!m) return;
    for (const part of m[2]!.split(';').map((p) => p.trim()).filter(Boolean)) {
      const e = /^(error|warning)\s+([a-z-]+)(?:\s+@(\S+))?(?:\s+"([^"]*)")?$/.exec(part);
      if (!e) throw new Error(`${file}:${i + 1}: cannot read the expectation "${part}"`);
      out.push({
        severity: e[1] as Expectation['severity'],
        rule: e[2]!,
        file,
        ...(m[1] ? {} : { line: i + 1 }),
        ...(e[3] ? { path: e[3] } : {}),
        ...(e[4] ? { fragment: e[4] } : {}),
      });
    }
  });
  return out;
}

export function matches(e: Expectation, d: Diagnostic): boolean {
  return (
    d.severity === e.severity &&
    d.rule === e.rule &&
    d.file === e.file &&
    (e.line === undefined ? d.line === undefined || d.file.endsWith('/') : d.line === e.line) &&
    (e.path === undefined || d.path === e.path) &&
    (e.fragment === undefined || d.message.includes(e.fragment))
  );
}

export interface CaseResult {
  name: string;
  expected: Expectation[];
  diagnostics: Diagnostic[];
  missing: Expectation[];
  unexpected: Diagnostic[];
  /** What was loaded and the checker's report (for comparing its figures with naive enumeration). */
  stories: LoadedStories;
  report: CheckReport;
}

/** Runs one case over its files (path relative to the case folder → text). */
export function runCase(name: string, files: Record<string, string>, shared: Record<string, string>, options: CheckOptions = {}): CaseResult {
  const root = join(CORPUS, name);
  const all: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) all[join(root, path)] = text;
  const ownRubrics = Object.keys(files).some((p) => p.startsWith('rubrics/'));
  if (!ownRubrics) for (const [path, text] of Object.entries(shared)) all[join(CORPUS, 'shared', path)] = text;
  const stories = loadStoryTree(memoryFiles(all), root, ownRubrics ? [] : [join(CORPUS, 'shared', 'rubrics')]);
  const report = checkStories(stories, options);
  const diagnostics = allDiagnostics(report);
  const expected = Object.entries(files).flatMap(([path, text]) => parseExpectations(join(root, path), text));
  const unmatched = [...diagnostics];
  const missing: Expectation[] = [];
  for (const e of expected) {
    const i = unmatched.findIndex((d) => matches(e, d));
    if (i < 0) missing.push(e);
    else unmatched.splice(i, 1);
  }
  return { name, expected, diagnostics, missing, unexpected: unmatched, stories, report };
}
