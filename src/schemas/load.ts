import { isNode, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type * as z from 'zod/mini';
import type { Diagnostic } from '../diagnostics.js';
import { didYouMean, nearest } from '../near-names.js';
import { RubricSchema, type Rubric } from './rubric.js';
import { ScenarioSchema, type Scenario } from './scenario.js';

export type LoadResult<T> = { value: T; diagnostics: Diagnostic[] } | { value?: undefined; diagnostics: Diagnostic[] };

/**
 * Parses a YAML (or JSON, which is YAML) file and validates it against a schema. Every problem
 * names the file, the field path (`criteria.2.weight`) and the line, in plain words with the fix,
 * so an author can go straight to it. A YAML mistake is reported once, at its cause: the parser's
 * follow-on complaints about the same mistake are left out.
 */
export function loadYaml<S extends z.ZodMiniType>(schema: S, file: string, text: string, rule: string): LoadResult<z.infer<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOfError = (e: YAMLError) => e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
  if (doc.errors.length > 0) {
    const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
    const explained = explainYamlError(first, text, lineOfError(first), doc);
    return { diagnostics: [{ file, line: explained.line, severity: 'error', rule: 'yaml-syntax', message: explained.message }] };
  }
  const slips = listItemsReadAsText(text);
  const syntax: Diagnostic[] = [
    ...slips.map((s): Diagnostic => ({ file, line: s.line, severity: 'error', rule: 'yaml-syntax', message: s.message })),
    ...doc.warnings.map((e): Diagnostic => ({ file, line: lineOfError(e), severity: 'warning', rule: 'yaml-syntax', message: e.message.split('\n')[0] ?? e.message })),
  ];
  if (slips.length > 0) return { diagnostics: syntax };

  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: syntax };

  const issues = result.error.issues;
  // A misspelt field is one mistake: "unknown field sumary" and "summary is missing" become one message.
  const misspelt = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsAt(schema, issue.path.map(String));
    for (const key of issue.keys) {
      const meant = nearest(key, known);
      if (meant) misspelt.set([...issue.path.map(String), meant].join('.'), key);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'invalid_type' && issue.input === undefined && misspelt.has(path.join('.'))) continue;
    if (issue.code === 'unrecognized_keys') {
      // One diagnostic per unknown field, on the field's own line.
      const known = fieldsAt(schema, path);
      for (const key of issue.keys) {
        diagnostics.push({
          file,
          line: lineOf(doc, lines, [...path, key]),
          path: path.join('.') || '(top level)',
          severity: 'error',
          rule,
          message: `unknown field "${key}"${didYouMean(key, known) || ` (the fields here are ${known.map((k) => `"${k}"`).join(', ')})`}`,
        });
      }
      continue;
    }
    diagnostics.push({ file, line: lineOf(doc, lines, path), path: path.join('.') || '(top level)', severity: 'error', rule, message: describeIssue(issue) });
  }
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

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  valueType?: { _zod: { def: SchemaDef } };
  options?: { _zod: { def: SchemaDef } }[];
  in?: { _zod: { def: SchemaDef } };
}

/** The field names the schema allows at a path (for "did you mean"); [] when it is not an object there. */
function fieldsAt(schema: z.ZodMiniType, path: readonly string[]): string[] {
  const defs = (def: SchemaDef): SchemaDef[] => {
    const inner = def.innerType ?? def.in;
    if (inner) return defs(inner._zod.def);
    if (def.options) return def.options.flatMap((o) => defs(o._zod.def));
    return [def];
  };
  let current = defs((schema as unknown as { _zod: { def: SchemaDef } })._zod.def);
  for (const key of path) {
    current = current.flatMap((def) => {
      if (def.type === 'object') return def.shape?.[key] ? defs(def.shape[key]._zod.def) : [];
      if (def.type === 'array' && def.element) return defs(def.element._zod.def);
      if (def.type === 'record' && def.valueType) return defs(def.valueType._zod.def);
      return [];
    });
  }
  return [...new Set(current.flatMap((def) => (def.type === 'object' ? Object.keys(def.shape ?? {}) : [])))].filter((k) => k !== '$schema');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') {
    const got = typeof issue.input === 'string' ? `"${issue.input}"` : Array.isArray(issue.input) ? 'a list' : issue.input === null ? 'nothing' : typeof issue.input === 'object' ? 'a group of fields' : String(issue.input);
    const expected = ({ number: 'a number', string: 'text', boolean: 'true or false', array: 'a list (lines starting with "- ")', object: "a group of fields (indented under this one)" } as Record<string, string>)[issue.expected] ?? issue.expected;
    return `expected ${expected}, got ${got}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const got = String(issue.input);
    return `"${got}" is not one of ${allowed.map((v) => `"${v}"`).join(', ')}${didYouMean(got, allowed)}`;
  }
  if (issue.code === 'invalid_key') {
    const key = String((issue as { input?: unknown }).input ?? issue.path[issue.path.length - 1] ?? '');
    const why = issue.issues[0]?.message ?? 'not allowed here';
    return `"${key}" cannot be used as a key here: ${why}`;
  }
  return issue.message;
}

/**
 * List items YAML silently reads as text: a "- " line indented deeper than the item above it
 * continues that item's text, so the list loses an item without any parser error.
 */
function listItemsReadAsText(text: string): { line: number; message: string }[] {
  const all = text.split(/\r?\n/);
  const found: { line: number; message: string }[] = [];
  let previous: string | undefined;
  all.forEach((l, i) => {
    if (l.trim() === '' || l.trim().startsWith('#')) return;
    const item = /^(\s*)-\s+\S/.exec(l);
    const above = previous !== undefined ? /^(\s*)-\s+([^:#"'{[][^:]*)$/.exec(previous) : null;
    // The item above is plain text (not "- key: value"), and this "- " line is indented deeper.
    if (item && above && item[1]!.length > above[1]!.length) {
      found.push({
        line: i + 1,
        message: `this list item is indented by ${item[1]!.length} spaces, deeper than the item above it (${above[1]!.length}), so YAML reads it as more text of that item and the list loses an item: line it up with the item above (${above[1]!.length} spaces)`,
      });
    }
    previous = l;
  });
  return found;
}

/** The indentation of a line, in spaces. */
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/**
 * A YAML parser error in plain words with the fix. The parser reports an indentation slip as
 * "Sequence item without - indicator", "Nested mappings are not allowed in compact mappings" and
 * so on; an author needs to know which line is out of line with which.
 */
function explainYamlError(error: YAMLError, text: string, line: number, doc: ReturnType<typeof parseDocument>): { line: number; message: string } {
  const all = text.split(/\r?\n/);
  const keyColumn = (l: string) => {
    const m = /^(\s*)(-\s+)?/.exec(l)!;
    return m[1]!.length + (m[2]?.length ?? 0);
  };
  // A line indented deeper than a field that already has a value: the parser stumbles on the field above it.
  const nextIndex = all.findIndex((l, i) => i >= line && l.trim() !== '' && !l.trim().startsWith('#'));
  const next = nextIndex >= 0 ? all[nextIndex]! : undefined;
  const hasValue = /^\s*(?:-\s+)?[^:#]+:\s+[^\s>|&*#]/.test(all[line - 1] ?? '');
  if (next !== undefined && hasValue && !/^\s*-\s/.test(next) && indentOf(next) > keyColumn(all[line - 1]!) && ['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT'].includes(error.code)) {
    const field = /^\s*([^:#]+):/.exec(next)?.[1]?.trim() ?? 'this line';
    const above = /^\s*(?:-\s+)?([^:#]+):/.exec(all[line - 1]!)?.[1]?.trim();
    const column = keyColumn(all[line - 1]!);
    return {
      line: nextIndex + 1,
      message: `"${field}" is indented by ${indentOf(next)} spaces, more than "${above}" on line ${line} (${column}), which already has a value: line it up with "${above}" (${column} spaces)`,
    };
  }
  return { line, message: explainAtLine(error, all, line, doc, keyColumn) };
}

function explainAtLine(error: YAMLError, all: string[], line: number, doc: ReturnType<typeof parseDocument>, keyColumn: (l: string) => number): string {
  const here = all[line - 1] ?? '';
  const code = error.code;
  const field = /^\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)/.exec(here)?.[1];

  if (code === 'TAB_AS_INDENT' || /^\s*\t/.test(here)) {
    return 'this line is indented with a tab: YAML needs spaces. Replace the tab with spaces (two per level)';
  }
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:]+):/.exec(here)?.[1]?.trim() ?? 'this field';
    const first = all.findIndex((l, i) => i < line - 1 && new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
    return `"${key}" is given twice${first >= 0 ? ` (also on line ${first + 1})` : ''}: keep one of them`;
  }
  if (code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    return 'a value that opens with a quote mark is never closed: add the closing quote at the end of the value';
  }
  if (code === 'BAD_SCALAR_START') {
    const ch = /character (\S)/.exec(error.message)?.[1] ?? /:\s*(\S)/.exec(here)?.[1] ?? '';
    return `a value cannot start with "${ch}" in YAML: put the whole value in quotes, e.g. ${field ?? 'field'}: "${here.split(/:\s*/).slice(1).join(': ').trim()}"`;
  }
  if (/^\s*(?:-\s+)?[\w-]+:[^\s/]/.test(here) && !/^\s*(?:-\s+)?[\w-]+:[^\s]*:\/\//.test(here)) {
    const key = /^\s*(?:-\s+)?([\w-]+):/.exec(here)![1];
    return `"${here.trim()}" has no space after the colon, so YAML does not see a field "${key}": write "${key}: ${here.slice(here.indexOf(':') + 1).trim()}"`;
  }
  if (code === 'BAD_INDENT' && /flow/i.test(error.message)) {
    return 'a "{" or "[" opened on an earlier line is not closed: close it with "}" or "]" on the same line, or write the fields on lines of their own';
  }
  // A ": " inside a value on a line that is lined up correctly: the value needs quotes.
  const previous = all.slice(0, line - 1).reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const valueWithColon = /^\s*(?:-\s+)?[^:#]+:\s+[^"'\s][^#]*?:\s/.test(here);
  if (valueWithColon && code === 'BLOCK_AS_IMPLICIT_KEY' && (previous === undefined || indentOf(previous) >= indentOf(here) || /:\s*$/.test(previous))) {
    return `the value of "${field}" contains ": ", which YAML reads as the start of another field: put the value in quotes, e.g. ${field}: "${here.slice(here.indexOf(':') + 1).trim().replace(/"/g, '\\"')}"`;
  }
  // Otherwise: an indentation slip. Say how far this line is indented and how far its neighbours are.
  if (['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN'].includes(code)) {
    const mine = indentOf(here);
    const siblings = [...all.slice(0, line - 1)].reverse().filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const item = /^(\s*)-\s+/.exec(here);
    const what = item ? 'this list item' : field ? `"${field}"` : 'this line';
    const itemAbove = siblings.find((l) => /^\s*-\s/.test(l) && indentOf(l) === mine);
    if (!item && !field && itemAbove !== undefined) {
      return `this line is neither "field: value" nor a list item: if it is another item of the list above, start it with "- "`;
    }
    // The nearest line above at a column close to this one is the one it should line up with:
    // list items with list items (by their "-"), fields with fields.
    const column = (l: string) => (item ? (/^\s*-\s/.test(l) ? indentOf(l) : -99) : keyColumn(l));
    const near = siblings.find((l) => Math.abs(column(l) - mine) <= 2 && column(l) !== mine);
    if (near) {
      const expected = column(near);
      const nearLine = all.lastIndexOf(near, line - 2) + 1;
      return `${what} is indented by ${mine} space${mine === 1 ? '' : 's'}, but the ${item ? 'list item' : 'line'} it belongs with (line ${nearLine}) is indented by ${expected}: YAML reads indentation as structure, so line it up (${expected} spaces)${doc.errors.length > 1 ? '. Lines after it may be affected too: check again once this is fixed' : ''}`;
    }
    if (!item && error.code === 'MISSING_CHAR' && /Implicit map keys need to be followed by map values/.test(error.message)) {
      return `${what} is not "field: value" and not a list item: add the missing "- " (for an item of a list) or ": " (for a field)`;
    }
    return `${what} does not fit the structure around it: check its indentation (spaces, lined up with the fields it belongs with) and that list items start with "- "`;
  }
  return `${error.message.split('\n')[0] ?? error.message} (YAML)`;
}

export const loadRubric = (file: string, text: string): LoadResult<Rubric> => loadYaml(RubricSchema, file, text, 'rubric-schema');
export const loadScenario = (file: string, text: string): LoadResult<Scenario> =>
  loadYaml(ScenarioSchema, file, text, 'scenario-schema');
