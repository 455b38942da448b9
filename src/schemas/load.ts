import { isNode, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod/mini';
import type { Diagnostic } from '../diagnostics.js';
import { RubricSchema, type Rubric } from './rubric.js';
import { ScenarioSchema, type Scenario } from './scenario.js';

export type LoadResult<T> = { value: T; diagnostics: Diagnostic[] } | { value?: undefined; diagnostics: Diagnostic[] };

/**
 * Parses a YAML (or JSON, which is YAML) file and validates it against a schema. Every problem
 * names the file, the field path (`criteria.2.weight`) and the line, so an author can go straight
 * to it.
 */
export function loadYaml<S extends z.ZodMiniType>(schema: S, file: string, text: string, rule: string): LoadResult<z.infer<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line,
    severity: doc.errors.includes(e as never) ? 'error' : 'warning',
    rule: 'yaml-syntax',
    message: e.message.split('\n')[0] ?? e.message,
  }));
  if (doc.errors.length > 0) return { diagnostics: syntax };

  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: syntax };

  const diagnostics = result.error.issues.map((issue): Diagnostic => {
    const path = issue.path.map(String);
    // For an unknown field, point at the field itself rather than at the object holding it.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
    return {
      file,
      line: lineOf(doc, lines, at),
      path: path.join('.') || '(top level)',
      severity: 'error',
      rule,
      message: describeIssue(issue),
    };
  });
  return { diagnostics: [...syntax, ...diagnostics] };
}

/** The line of the deepest node that exists on the path (a missing field points at its parent). */
function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: string[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
  return issue.message;
}

export const loadRubric = (file: string, text: string): LoadResult<Rubric> => loadYaml(RubricSchema, file, text, 'rubric-schema');
export const loadScenario = (file: string, text: string): LoadResult<Scenario> =>
  loadYaml(ScenarioSchema, file, text, 'scenario-schema');
