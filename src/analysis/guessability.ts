/**
 * How far a scenario can be answered from the wording alone (issue 13): where the best option
 * ranks by length, which decisions make the trainee trade one criterion against another, and best
 * options that repeat the scenario's own summary, objectives or library text (the briefing giving
 * the answer away). Pure functions over the options of each decision; `check.ts` turns the figures
 * into the report and its warnings and errors.
 */
import { ratedOptions, scoreDecision } from '../scoring.js';
import type { Rubric } from '../schemas/rubric.js';
import type { Scenario } from '../schemas/scenario.js';
import type { OptionInfo } from './explore.js';

/** The longest-or-second-longest share above which trainees can guess by length. */
export const LENGTH_SHARE_LIMIT = 0.55;
/** The fewest trade-off decisions a scenario should have. */
export const MIN_TRADE_OFFS = 3;
/**
 * Both design warnings start at this many rated decisions (for the length share: decisions of
 * three or more options). A shorter scenario is a demonstration or a fragment, and over a handful
 * of decisions the length share is mostly chance.
 */
export const DESIGN_MIN_DECISIONS = 6;
/** A shared run of this many content words is a leak. */
export const LEAK_RUN = 4;

export interface LengthRank {
  decision: string;
  /** The best option's id. */
  option: string;
  /** 1 = the longest option; options of equal length share the better rank. */
  rank: number;
  options: number;
}

export interface Leak {
  decision: string;
  option: string;
  /** The scenario field the words come from: `summary`, `objectives.2`, `title`, `setting`. */
  field: string;
  /** The shared run, as the option writes it. */
  words: string;
  /** Where the option is, for the diagnostic. */
  sourcePath: string;
}

export interface Guessability {
  /** Decisions with a best option (not every option equal). */
  decisions: number;
  lengthRanks: LengthRank[];
  /** Decisions of three or more options, which the length share counts. */
  ranked: number;
  /** Of those, the decisions whose best option is the longest or second-longest. */
  longestOrSecond: number;
  /** longestOrSecond / ranked (0 when none). */
  share: number;
  /** Decisions whose best option is rated below another option on some criterion it tests. */
  tradeOffs: string[];
  leaks: Leak[];
}

/** One presentation of a decision: its id and the options as ink offered them. */
export interface DecisionOptions {
  decision: string;
  options: readonly OptionInfo[];
}

/**
 * Function words, which carry no answer: a shared run counts only the words left when these are
 * dropped, so "what the waiting was like" and "what was the waiting like" are both "waiting like".
 */
const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing don't down during each few for from further had has have having he her here hers herself him himself his how i i'm i've i'll i'd if in into is isn't it it's its itself just let's me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that that's the their theirs them themselves then there there's these they they're this those through to too under until up very was wasn't we we're we've were what what's when where which while who whom why will with won't would you you're you've you'll you'd your yours yourself yourselves"
  ).split(' '),
);

interface Word {
  /** Normalised form compared. */
  key: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

/** The content words of a text, normalised (lower case, straight apostrophes, possessive 's dropped). */
export function contentWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (STOPWORDS.has(word)) continue;
    out.push({ key: word.replace(/'s$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The longest run of content words `option` shares with `source`, as written in the option ('' if shorter than `min`). */
export function sharedRun(option: string, source: string, min = LEAK_RUN): string {
  const a = contentWords(option);
  const b = contentWords(source).map((w) => w.key);
  let best = { length: 0, at: 0 };
  // Longest common substring over words: the texts are a sentence and a paragraph, so O(n·m) is nothing.
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1]!.key !== b[j - 1]) continue;
      current[j] = previous[j - 1]! + 1;
      if (current[j]! > best.length) best = { length: current[j]!, at: i - current[j]! };
    }
    previous = current;
  }
  if (best.length < min) return '';
  return option.slice(a[best.at]!.start, a[best.at + best.length - 1]!.end);
}

/** The texts a trainee can read before playing: the library card and the briefing. */
export function briefingTexts(scenario: Pick<Scenario, 'title' | 'summary' | 'objectives' | 'setting'>): { field: string; text: string }[] {
  return [
    { field: 'title', text: scenario.title },
    ...(scenario.setting ? [{ field: 'setting', text: scenario.setting }] : []),
    { field: 'summary', text: scenario.summary },
    ...scenario.objectives.map((text, i) => ({ field: `objectives.${i}`, text })),
  ];
}

/** The figures for one scenario, one presentation per decision (the one with the most options). */
export function guessability(decisions: readonly DecisionOptions[], rubric: Rubric, scenario?: Pick<Scenario, 'title' | 'summary' | 'objectives' | 'setting'>): Guessability {
  const lengthRanks: LengthRank[] = [];
  const tradeOffs: string[] = [];
  const leaks: Leak[] = [];
  const briefing = scenario ? briefingTexts(scenario) : [];
  for (const { decision, options } of decisions) {
    if (options.length < 2) continue;
    const rated = ratedOptions(options);
    const best = scoreDecision({ options: rated, chosen: 0 }, rubric).best;
    if (best.length === options.length) continue; // all equal: no best option
    const first = best[0]!;
    const lengths = options.map((o) => o.text.trim().length);
    lengthRanks.push({ decision, option: rated[first]!.option, rank: 1 + lengths.filter((l) => l > lengths[first]!).length, options: options.length });
    const tested = Object.keys(rated[first]!.ratings);
    if (tested.some((c) => rated.some((o) => (o.ratings[c] ?? rubric.scale.min) > rated[first]!.ratings[c]!))) tradeOffs.push(decision);
    for (const i of best) {
      for (const { field, text } of briefing) {
        const words = sharedRun(options[i]!.text, text);
        if (words) leaks.push({ decision, option: rated[i]!.option, field, words, sourcePath: options[i]!.sourcePath });
      }
    }
  }
  // With two options every option is the longest or second-longest: only decisions of three or more count.
  const ranked = lengthRanks.filter((r) => r.options >= 3);
  const longestOrSecond = ranked.filter((r) => r.rank <= 2).length;
  return {
    decisions: lengthRanks.length,
    lengthRanks,
    ranked: ranked.length,
    longestOrSecond,
    share: ranked.length === 0 ? 0 : longestOrSecond / ranked.length,
    tradeOffs,
    leaks,
  };
}
