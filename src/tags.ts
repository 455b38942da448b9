/**
 * Attune's tag grammar: how an ink story says who is speaking, what the client does without words,
 * and how each option at a judgement call is rated. The grammar is documented for authors in
 * `docs/authoring.md`; this module is its single implementation.
 *
 * Every tag is either a bare word (`#client`) or `key: value` (`#cue: looks at the floor`).
 *
 * On a choice, inside the `[...]` (ink attaches tags written after the `]` to the output line):
 *   #option: <decision>.<option>        stable ids, e.g. `opening.name-the-silence`
 *   #rate: <criterion>=<n> ...          quality ratings, e.g. `#rate: attunement=3 safety=2`
 *   #risk: <risk>=<low|elevated|high>   risk levels, e.g. `#risk: shame=elevated`
 *   #feedback: <text>                   one or two sentences shown after the choice
 *   #concepts: <id>, <id>               source-article concepts the decision exercises
 *
 * On a line:
 *   #client | #therapist | #narration   who speaks (narration when none is given)
 *   #cue: <text>                        a non-verbal cue that goes with the line
 *   #ending: <id>                       this line is part of a named ending
 */
import { ID } from './ids.js';

export const SPEAKERS = ['client', 'therapist', 'narration'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const RISK_LEVELS = ['low', 'elevated', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Keys that only mean something on a choice. Seen on an output line, they were misplaced. */
export const CHOICE_KEYS = ['option', 'rate', 'risk', 'feedback', 'concepts'] as const;
export const LINE_KEYS = ['cue', 'ending'] as const;


/** A tag problem found without knowing the rubric: syntax, not meaning. */
export interface TagProblem {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  tag: string;
}

/** What the tags of one choice say. */
export interface OptionTags {
  decision?: string;
  option?: string;
  ratings: Record<string, number>;
  risks: Record<string, RiskLevel>;
  feedback?: string;
  concepts: string[];
  /** Tags that are not part of the grammar, kept for the author's own use. */
  other: string[];
  problems: TagProblem[];
}

/** What the tags of one output line say. */
export interface LineTags {
  speaker: Speaker;
  cues: string[];
  ending?: string;
  other: string[];
  problems: TagProblem[];
}

export interface Tag {
  key: string;
  value: string;
  /** True for `#client`-style tags with no colon. */
  bare: boolean;
}

export function splitTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: '', bare: true };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), bare: false };
}

/** `a=1 b=2`, `a=1, b=2` or `a = 1` → [['a','1'],['b','2']]; malformed pieces are returned as errors. */
function parsePairs(value: string): { pairs: [string, string][]; bad: string[] } {
  const pairs: [string, string][] = [];
  const bad: string[] = [];
  const normalised = value.replace(/\s*=\s*/g, '=');
  for (const piece of normalised.split(/[\s,]+/).filter(Boolean)) {
    const m = /^([^=]+)=([^=]+)$/.exec(piece);
    if (m?.[1] && m[2]) pairs.push([m[1].toLowerCase(), m[2].toLowerCase()]);
    else bad.push(piece);
  }
  return { pairs, bad };
}

/** Grammar keys an author may have meant, for "did you mean" hints. */
const NEAR_MISSES: Record<string, string> = {
  options: 'option',
  opt: 'option',
  id: 'option',
  rating: 'rate',
  ratings: 'rate',
  score: 'rate',
  risks: 'risk',
  fb: 'feedback',
  concept: 'concepts',
  cues: 'cue',
  speaker: 'client, #therapist or #narration',
  end: 'ending',
};

function nearMiss(tag: Tag, raw: string): TagProblem | undefined {
  const meant = NEAR_MISSES[tag.key];
  if (!meant) return undefined;
  return { severity: 'warning', rule: 'tag-unknown', message: `Unknown tag "#${tag.key}"; did you mean "#${meant}"?`, tag: raw };
}

export function parseOptionTags(rawTags: readonly string[] | null | undefined): OptionTags {
  const result: OptionTags = { ratings: {}, risks: {}, concepts: [], other: [], problems: [] };
  const problem = (rule: string, message: string, tag: string, severity: 'error' | 'warning' = 'error') =>
    result.problems.push({ severity, rule, message, tag });

  for (const raw of rawTags ?? []) {
    const tag = splitTag(raw);
    switch (tag.key) {
      case 'option': {
        const m = /^([^.\s]+)\.([^.\s]+)$/.exec(tag.value);
        if (!m?.[1] || !m[2]) {
          problem('tag-syntax', `"#option:" needs "<decision>.<option>", e.g. "#option: opening.reflect"; got "${tag.value}"`, raw);
          break;
        }
        if (!ID.test(m[1]) || !ID.test(m[2])) {
          problem('tag-syntax', `Decision and option ids use lower-case letters, digits and hyphens; got "${tag.value}"`, raw);
          break;
        }
        if (result.decision !== undefined) problem('tag-duplicate', `This choice has more than one "#option:" tag`, raw);
        result.decision = m[1];
        result.option = m[2];
        break;
      }
      case 'rate': {
        const { pairs, bad } = parsePairs(tag.value);
        for (const b of bad) problem('tag-syntax', `"#rate:" needs "<criterion>=<whole number>"; "${b}" is not that`, raw);
        if (pairs.length === 0 && bad.length === 0) problem('tag-syntax', `"#rate:" is empty`, raw);
        for (const [criterion, level] of pairs) {
          if (!/^-?\d+$/.test(level)) {
            problem('tag-syntax', `Rating for "${criterion}" must be a whole number; got "${level}"`, raw);
            continue;
          }
          if (criterion in result.ratings) problem('tag-duplicate', `"${criterion}" is rated twice on this choice`, raw);
          result.ratings[criterion] = Number(level);
        }
        break;
      }
      case 'risk': {
        const { pairs, bad } = parsePairs(tag.value);
        for (const b of bad) problem('tag-syntax', `"#risk:" needs "<risk>=<low|elevated|high>"; "${b}" is not that`, raw);
        if (pairs.length === 0 && bad.length === 0) problem('tag-syntax', `"#risk:" is empty`, raw);
        for (const [risk, level] of pairs) {
          if (!(RISK_LEVELS as readonly string[]).includes(level)) {
            problem('tag-syntax', `Risk level for "${risk}" must be low, elevated or high; got "${level}"`, raw);
            continue;
          }
          if (risk in result.risks) problem('tag-duplicate', `Risk "${risk}" is given twice on this choice`, raw);
          result.risks[risk] = level as RiskLevel;
        }
        break;
      }
      case 'feedback':
        if (!tag.value) problem('tag-syntax', `"#feedback:" is empty`, raw);
        else result.feedback = result.feedback ? `${result.feedback} ${tag.value}` : tag.value;
        break;
      case 'concepts':
        for (const c of tag.value.split(/[\s,]+/).filter(Boolean)) {
          if (!ID.test(c)) problem('tag-syntax', `Concept ids use lower-case letters, digits and hyphens; got "${c}"`, raw);
          else if (!result.concepts.includes(c)) result.concepts.push(c);
        }
        break;
      default: {
        const miss = nearMiss(tag, raw);
        if (miss) result.problems.push(miss);
        result.other.push(raw);
      }
    }
  }

  const rated = Object.keys(result.ratings).length > 0 || Object.keys(result.risks).length > 0 || result.feedback !== undefined;
  if (rated && result.decision === undefined) {
    result.problems.push({
      severity: 'error',
      rule: 'option-missing-id',
      message: 'This choice is rated but has no "#option: <decision>.<option>" tag',
      tag: '',
    });
  }
  return result;
}

export function parseLineTags(rawTags: readonly string[] | null | undefined): LineTags {
  const result: LineTags = { speaker: 'narration', cues: [], other: [], problems: [] };
  let speakerSet = false;
  for (const raw of rawTags ?? []) {
    const tag = splitTag(raw);
    if (tag.bare && (SPEAKERS as readonly string[]).includes(tag.key)) {
      if (speakerSet && result.speaker !== tag.key) {
        result.problems.push({ severity: 'error', rule: 'tag-duplicate', message: `A line has two speakers ("#${result.speaker}" and "#${tag.key}")`, tag: raw });
      }
      result.speaker = tag.key as Speaker;
      speakerSet = true;
    } else if (tag.key === 'cue') {
      if (tag.value) result.cues.push(tag.value);
      else result.problems.push({ severity: 'error', rule: 'tag-syntax', message: '"#cue:" is empty', tag: raw });
    } else if (tag.key === 'ending') {
      if (ID.test(tag.value)) result.ending = tag.value;
      else result.problems.push({ severity: 'error', rule: 'tag-syntax', message: `"#ending:" needs an id of lower-case letters, digits and hyphens; got "${tag.value}"`, tag: raw });
    } else {
      const miss = nearMiss(tag, raw);
      if (miss) result.problems.push(miss);
      result.other.push(raw);
    }
  }
  return result;
}

/** True when the tag belongs on a choice: rating grammar found anywhere else was misplaced. */
export function isChoiceTag(raw: string): boolean {
  return (CHOICE_KEYS as readonly string[]).includes(splitTag(raw).key);
}
