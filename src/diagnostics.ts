/**
 * A problem found in an author's files. Every checker, compiler and loader in Attune reports
 * problems in this one shape so that the CLI, the Vite overlay and the tests read them alike.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file the problem is in, as the author named it (e.g. `stories/maya/story.ink`). */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** Field path inside a YAML file, e.g. `criteria.2.weight`. */
  path?: string;
  severity: Severity;
  /** Short stable name of the rule that found the problem, e.g. `ink-compile`, `tag-misplaced`. */
  rule: string;
  message: string;
}

/** `file:line: severity [rule] message`, the form editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}` : d.file;
  const field = d.path ? ` (at ${d.path})` : '';
  return `${where}: ${d.severity} [${d.rule}] ${d.message}${field}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
