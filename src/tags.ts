/**
 * Attune's tag grammar: how an ink story says who is speaking, what the client does without words,
 * and how each option at a judgement call is rated. The grammar is documented for authors in
 * `docs/authoring.md`; this module is its single implementation.
 *
 * Every tag is either a bare word (`#client`) or `key: value` (`#cue: looks at the floor`).
 *
 * On a choice, inside the `[...]` (ink attaches tags written after the `]` to the output line), or
 * on lines of their own directly under the choice (`src/ink/choice-lines.ts` moves them inside):
 *   #option: <decision>.<option>        stable ids, e.g. `opening.name-the-silence`
 *   #rate: <criterion>=<n> ...          quality ratings, e.g. `#rate: attunement=3 safety=2`; a
 *                                       risk level may be given here too (`#rate: attunement=3 shame=high`)
 *   #risk: <risk>=<low|elevated|high>   risk levels, e.g. `#risk: shame=elevated`; a risk not given is low
 *   #feedback: <text>                   one or two sentences shown after the choice
 *   #concepts: <id>, <id>               source-article concepts the decision exercises
 *   #action                             the option is something the therapist does, not says
 *
 * On a line:
 *   #client | #therapist | #narration   who speaks (narration when none is given)
 *   #cue: <text>                        a non-verbal cue that goes with the line
 *   #ending: <id>                       this line is part of a named ending
 */
import { ID } from './ids.js';
import { editDistance, typoBudget } from './near-names.js';

export const SPEAKERS = ['client', 'therapist', 'narration'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const RISK_LEVELS = ['low', 'elevated', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Keys that only mean something on a choice. Seen on an output line, they were misplaced. */
export const CHOICE_KEYS = ['option', 'rate', 'risk', 'feedback', 'concepts', 'action'] as const;
export const LINE_KEYS = ['cue', 'ending'] as const;
/** Every tag name of the grammar, as an author writes it (for "did you mean"). */
export const GRAMMAR_TAGS = [...CHOICE_KEYS, ...LINE_KEYS, ...SPEAKERS] as const;
/** Tags written without a value (`#client`, `#action`); the others take one after a colon. */
const BARE_TAGS: readonly string[] = [...SPEAKERS, 'action'];


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
  /** `#action`: the option is something the therapist does (shown as an action, not as words). */
  action: boolean;
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

/** Words an author may use for a grammar tag that are not spelt like it. */
const SYNONYMS: Record<string, string> = {
  opt: 'option',
  id: 'option',
  score: 'rate',
  rating: 'rate',
  ratings: 'rate',
  fb: 'feedback',
  speaker: 'client, #therapist or #narration',
  end: 'ending',
  act: 'action',
  do: 'action',
};

/**
 * A tag that is probably a misspelt grammar tag: a known synonym, or within a typo's distance of
 * any tag of the grammar (`#cleint`, `#que:`, `#feedbacks:`, `#endings:`). Other tags are the
 * author's own and are kept silently.
 */
export function unknownTagProblem(tag: Tag, raw: string): TagProblem | undefined {
  if (!tag.key || (GRAMMAR_TAGS as readonly string[]).includes(tag.key)) return undefined;
  const meant = SYNONYMS[tag.key] ?? meantTag(tag.key);
  if (!meant) return undefined;
  const written = BARE_TAGS.includes(meant) ? `#${meant}` : `#${meant}:`;
  return { severity: 'warning', rule: 'tag-unknown', message: `Unknown tag "#${tag.key}"; did you mean "${written}"? Its content is ignored`, tag: raw };
}

/** The grammar tag a key is, or is a typo of (`cleint` → `client`). */
function meantTag(key: string): string | undefined {
  if ((GRAMMAR_TAGS as readonly string[]).includes(key)) return key;
  const synonym = SYNONYMS[key];
  if (synonym && (GRAMMAR_TAGS as readonly string[]).includes(synonym)) return synonym;
  const [near, distance] = GRAMMAR_TAGS.map((k) => [k, editDistance(key, k)] as const).sort((a, b) => a[1] - b[1])[0]!;
  return distance <= typoBudget(key) && distance < key.length ? near : undefined;
}

/** Whether a tag (or a typo of one) belongs on a choice, on a line, or is the author's own. */
export function tagRole(raw: string): 'choice' | 'line' | 'other' {
  const meant = meantTag(splitTag(raw).key);
  if (meant === undefined) return 'other';
  return (CHOICE_KEYS as readonly string[]).includes(meant) ? 'choice' : 'line';
}

/**
 * A tag that cannot be one an author wrote: ink starts a tag at every "#", so a "#" inside text
 * ("The #1 rule") cuts the text there and turns the rest into a tag ("1 rule"). Tags start with a
 * letter, and a tag without a colon is a single word.
 */
export function textCutByHash(raw: string): TagProblem | undefined {
  const text = raw.trim();
  const tag = splitTag(text);
  const looksLikeTag = /^[a-z]/i.test(text) && (!tag.bare || !/\s/.test(text));
  if (looksLikeTag) return undefined;
  return {
    severity: 'error',
    rule: 'text-hash',
    message: `"#${text}" is not a tag: ink starts a tag at every "#", so the text before it is cut short and "${text}" is lost. Write \\# for a "#" in text (e.g. "the \\#1 rule")`,
    tag: raw,
  };
}

export function parseOptionTags(rawTags: readonly string[] | null | undefined): OptionTags {
  const result: OptionTags = { ratings: {}, risks: {}, concepts: [], action: false, other: [], problems: [] };
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
        for (const b of bad) problem('tag-syntax', `"#rate:" needs "<criterion>=<whole number>" (or "<risk>=<low|elevated|high>"); "${b}" is not that`, raw);
        if (pairs.length === 0 && bad.length === 0) problem('tag-syntax', `"#rate:" is empty`, raw);
        for (const [criterion, level] of pairs) {
          // A risk level may be given with the ratings: the value says which it is.
          if ((RISK_LEVELS as readonly string[]).includes(level)) {
            if (criterion in result.risks) problem('tag-duplicate', `Risk "${criterion}" is given twice on this choice`, raw);
            result.risks[criterion] = level as RiskLevel;
            continue;
          }
          if (!/^-?\d+$/.test(level)) {
            problem('tag-syntax', `Rating for "${criterion}" must be a whole number (or, for a risk, low, elevated or high); got "${level}"`, raw);
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
      case 'action':
        if (!tag.bare) problem('tag-syntax', `"#action" takes no value: write what the therapist does as the option's text, e.g. * [Stand up and open the door. #action]`, raw);
        result.action = true;
        break;
      default: {
        const problem = textCutByHash(raw) ?? unknownTagProblem(tag, raw);
        if (problem) result.problems.push(problem);
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
    } else if ((SPEAKERS as readonly string[]).includes(tag.key)) {
      result.problems.push({ severity: 'error', rule: 'tag-syntax', message: `"#${tag.key}" takes no value: put the words before the tag, e.g. "I'm fine." #${tag.key}`, tag: raw });
    } else {
      const problem = textCutByHash(raw) ?? unknownTagProblem(tag, raw);
      if (problem) result.problems.push(problem);
      result.other.push(raw);
    }
  }
  return result;
}

/** True when the tag belongs on a choice: rating grammar found anywhere else was misplaced. */
export function isChoiceTag(raw: string): boolean {
  return (CHOICE_KEYS as readonly string[]).includes(splitTag(raw).key);
}
