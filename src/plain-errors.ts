/**
 * What a trainee is told when saved or downloaded data does not fit its schema: the field (its
 * path, so a course leader or author can find it) and what is wrong in plain words, never zod's
 * wording ("Invalid input: expected string, received undefined").
 */
import type * as z from 'zod/mini';

function plainIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves `input` out of issues unless asked; its English message names what it received.
      return issue.input === undefined && /received undefined$/.test(issue.message) ? 'is missing' : 'has the wrong kind of value';
    case 'too_small':
      return issue.minimum === 1 || issue.minimum === 1n ? 'is empty' : 'is too small or too short';
    case 'too_big':
      // Our own limits say how much is allowed; zod's default wording does not read plainly.
      return /^(is|has) too /.test(issue.message) ? issue.message : 'is too large or too long';
    case 'invalid_value':
      return 'has a value this version of Attune does not know';
    case 'unrecognized_keys':
      return `has fields this version of Attune does not know (${issue.keys.join(', ')})`;
    case 'invalid_format':
      return 'is not in the expected form';
    case 'custom':
      // Our refinements are written in plain words (e.g. the story's fingerprint).
      return issue.message.startsWith('Invalid') ? 'is not valid' : `: ${issue.message}`;
    default:
      return 'is not valid';
  }
}

/** The first problem in plain words, e.g. "scenario.title is missing"; `top` names the whole document. */
export function plainProblem(error: z.core.$ZodError, top: string): string {
  const first = error.issues[0];
  if (!first) return `${top} is not valid`;
  const where = first.path.map(String).join('.') || top;
  const what = plainIssue(first);
  return what.startsWith(':') ? `${where}${what}` : `${where} ${what}`;
}
