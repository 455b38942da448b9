/**
 * The checker's lint rules over one explored scenario (see `rules.ts` for the list). Each rule
 * names the file and line (ink) or field path and line (YAML) of the problem.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { SourceLocation } from '../ink/tag-placement.js';
import { ratedOptions, scoreDecision } from '../scoring.js';
import { qualityCriteria, riskCriteria, type Rubric } from '../schemas/rubric.js';
import { parseOptionTags, splitTag, type OptionTags, type Tag } from '../tags.js';
import { didYouMean } from '../near-names.js';
import { CONCEPTS } from './concepts.js';
import type { ChoiceState, StoryGraph } from './explore.js';
import { fieldLine, type LoadedScenario } from './files.js';
import type { GraphFigures } from './graph.js';

export interface LintContext {
  scenario: LoadedScenario;
  rubric?: Rubric;
  graph?: StoryGraph;
  figures?: GraphFigures;
  diagnostics: Diagnostic[];
}

const list = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

export class Linter {
  private readonly seen = new Set<string>();

  constructor(readonly ctx: LintContext) {}

  get mainFile(): string {
    return this.ctx.scenario.compiled?.files[0] ?? this.ctx.scenario.file;
  }

  /** Where a choice point is written. */
  where(sourcePath: string | undefined): SourceLocation {
    const known = sourcePath ? this.ctx.scenario.compiled?.choiceLocations[sourcePath] : undefined;
    return known ?? { file: this.mainFile, line: 1 };
  }

  nodeWhere(node: ChoiceState): SourceLocation {
    return this.where(node.options[0]?.sourcePath);
  }

  report(d: Diagnostic) {
    const key = `${d.rule}|${d.file}|${d.line}|${d.path}|${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.ctx.diagnostics.push(d);
  }

  at(where: SourceLocation, severity: Diagnostic['severity'], rule: string, message: string) {
    this.report({ file: where.file, line: where.line, severity, rule, message });
  }

  /** A diagnostic on a field of scenario.yaml. */
  field(path: string, severity: Diagnostic['severity'], rule: string, message: string) {
    const { file, text } = this.ctx.scenario;
    const line = text !== undefined ? fieldLine(text, path) : undefined;
    this.report({ file, ...(line !== undefined ? { line } : {}), path, severity, rule, message });
  }

  // ── Ratings of one option, against the rubric ──

  /** Where the tag of a choice that matches is written (its own line under the choice, or the choice's). */
  tagWhere(sourcePath: string | undefined, where: SourceLocation, matches: (tag: Tag) => boolean): SourceLocation {
    const lines = sourcePath ? this.ctx.scenario.compiled?.choiceTagLines?.[sourcePath] : undefined;
    const found = lines?.find((t) => matches(splitTag(t.text)));
    return found ? { file: where.file, line: found.line } : where;
  }

  option(rating: OptionTags, where: SourceLocation, sourcePath?: string) {
    const pairTag = (name: string) => (t: Tag) => (t.key === 'rate' || t.key === 'risk') && new RegExp(`(^|[\\s,])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`, 'i').test(t.value);
    const rubric = this.ctx.rubric;
    if (rubric) {
      const quality = qualityCriteria(rubric).map((c) => c.id);
      const risks = riskCriteria(rubric).map((c) => c.id);
      const { min, max } = rubric.scale;
      for (const [criterion, level] of Object.entries(rating.ratings)) {
        const at = this.tagWhere(sourcePath, where, pairTag(criterion));
        if (!quality.includes(criterion)) {
          this.at(
            at,
            'error',
            'criterion-unknown',
            risks.includes(criterion)
              ? `"${criterion}" is a risk in rubric "${rubric.id}": give it a level, low, elevated or high (e.g. #risk: ${criterion}=elevated), not a number`
              : `rubric "${rubric.id}" has no quality criterion "${criterion}" (it has ${list(quality)})${didYouMean(criterion, quality)}`,
          );
        } else if (level < min || level > max) {
          this.at(at, 'error', 'rating-out-of-scale', `${criterion}=${level} is outside rubric "${rubric.id}"'s scale ${min}–${max}`);
        }
      }
      for (const risk of Object.keys(rating.risks)) {
        if (risks.includes(risk)) continue;
        this.at(
          this.tagWhere(sourcePath, where, pairTag(risk)),
          'error',
          'risk-unknown',
          quality.includes(risk)
            ? `"${risk}" is a quality criterion in rubric "${rubric.id}": rate it with a number, #rate: ${risk}=<${min}–${max}>, not a risk level`
            : `rubric "${rubric.id}" has no risk "${risk}" (it has ${list(risks) || 'none'})${didYouMean(risk, risks)}`,
        );
      }
    }
    // Risks not given are low, unless the rubric asks for every risk to be stated.
    if (rubric?.explicitRisks && rating.decision !== undefined) {
      const unstated = riskCriteria(rubric).map((c) => c.id).filter((id) => !(id in rating.risks));
      if (unstated.length > 0) {
        this.at(where, 'error', 'risk-unstated', `option "${rating.decision}.${rating.option}" gives no level for ${list(unstated)}: rubric "${rubric.id}" sets explicitRisks, so every option states every risk (e.g. #risk: ${unstated[0]}=low)`);
      }
    }
    if (rating.decision !== undefined && rating.feedback === undefined) {
      this.at(where, 'error', 'feedback-missing', `option "${rating.decision}.${rating.option}" has no #feedback: the trainee would be told nothing about this choice`);
    }
    for (const concept of rating.concepts) {
      if (concept in CONCEPTS) continue;
      this.at(this.tagWhere(sourcePath, where, (t) => t.key === 'concepts'), 'warning', 'concept-unknown', `"${concept}" is not a known concept${didYouMean(concept, Object.keys(CONCEPTS))} (see docs/authoring.md for the list)`);
    }
  }

  /** Every choice point in the source: checked as offered when it was, else from its written tags. */
  allOptions() {
    const compiled = this.ctx.scenario.compiled;
    const offered = new Map<string, OptionTags>();
    for (const node of this.ctx.graph?.nodes ?? []) {
      if (node.kind === 'choice') for (const o of node.options) if (!offered.has(o.sourcePath)) offered.set(o.sourcePath, o.rating);
    }
    const paths = new Set([...Object.keys(compiled?.choiceLocations ?? {}), ...offered.keys()]);
    for (const path of paths) {
      const rating = offered.get(path) ?? parseOptionTags(compiled?.choiceTags?.[path] ?? []);
      this.option(rating, this.where(path), path);
    }
  }

  // ── One decision as offered ──

  decision(node: ChoiceState) {
    const options = node.options;
    const rated = options.filter((o) => o.rating.decision !== undefined);
    if (rated.length === 0) return;
    const decision = node.decision!;
    const where = (i: number) => this.where(options[i]!.sourcePath);

    const other = options.find((o) => o.rating.decision !== undefined && o.rating.decision !== decision);
    if (other) {
      this.at(this.where(other.sourcePath), 'error', 'decision-mixed-ids', `this option names decision "${other.rating.decision}" but is offered together with the options of decision "${decision}": options offered together are one decision`);
    }

    const anyRates = options.some((o) => Object.keys(o.rating.ratings).length > 0);
    options.forEach((o, i) => {
      const r = o.rating;
      const hasRatings = Object.keys(r.ratings).length > 0 || Object.keys(r.risks).length > 0;
      if (r.decision === undefined && !hasRatings) {
        this.at(where(i), 'error', 'option-unrated', `this option has no #option: tag or ratings, but it is offered with the options of decision "${decision}": rate every option of a rated decision`);
      } else if (r.decision !== undefined && anyRates && Object.keys(r.ratings).length === 0) {
        this.at(where(i), 'error', 'option-unrated', `option "${r.decision}.${r.option}" rates no criterion, but other options of decision "${decision}" do: add a #rate: tag`);
      }
    });
    if (!anyRates) {
      this.at(where(0), 'warning', 'decision-no-quality', `decision "${decision}" rates no quality criterion (no #rate: on any option), so it cannot change any score`);
    }

    const mixed = (key: 'ratings', rule: string, severity: Diagnostic['severity'], verb: string, verbs: string, noun: string) => {
      // Options that rate nothing at all are reported by option-unrated.
      const sets = options
        .map((o, i) => ({ set: Object.keys(o.rating[key]).sort().join(', '), i }))
        .filter((x) => options[x.i]!.rating.decision !== undefined && x.set !== '');
      const counts = new Map<string, number>();
      for (const x of sets) counts.set(x.set, (counts.get(x.set) ?? 0) + 1);
      if (counts.size < 2) return;
      const common = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
      for (const { set, i } of sets) {
        if (set === common) continue;
        const id = options[i]!.rating.option ? `option "${decision}.${options[i]!.rating.option}"` : 'this option';
        this.at(where(i), severity, rule, `${id} ${verbs} ${set || 'none'}, but the other options of decision "${decision}" ${verb} ${common || 'none'}: every option of a decision must ${verb} the same ${noun}`);
      }
    };
    // An unknown criterion or risk is reported on its own; comparing sets around it would only repeat it.
    const rubric = this.ctx.rubric;
    const known = !rubric || options.every((o) => Object.keys(o.rating.ratings).every((id) => rubric.criteria.some((c) => c.id === id && c.kind === 'quality')));
    if (known) mixed('ratings', 'decision-mixed-criteria', 'error', 'rate', 'rates', 'criteria');

    const ids = new Map<string, number>();
    options.forEach((o, i) => {
      if (o.rating.option === undefined || o.rating.decision !== decision) return;
      const first = ids.get(o.rating.option);
      if (first !== undefined) {
        const at = where(first);
        this.at(where(i), 'error', 'option-duplicate-id', `option id "${decision}.${o.rating.option}" is used twice at this decision (also at ${at.file}:${at.line}): option ids must be unique within a decision`);
      } else ids.set(o.rating.option, i);
    });

    if (options.length === 1) {
      this.at(where(0), 'warning', 'decision-single-option', `decision "${decision}" can be offered with only this one option (the others' conditions are false here), so it is not a choice`);
    }
    const signature = (r: OptionTags) => JSON.stringify([Object.entries(r.ratings).sort(), Object.entries(r.risks).sort()]);
    if (options.length > 1 && new Set(options.map((o) => signature(o.rating))).size === 1) {
      this.at(where(0), 'warning', 'decision-no-difference', `every option of decision "${decision}" is rated the same, so the choice cannot be right or wrong`);
    }

    if (this.ctx.rubric) {
      const best = scoreDecision({ options: ratedOptions(node.options), chosen: 0 }, this.ctx.rubric).best;
      for (const i of best) {
        const high = Object.entries(options[i]!.rating.risks).filter(([, level]) => level === 'high').map(([risk]) => risk);
        if (high.length === 0 || options.length < 2) continue;
        this.at(where(i), 'error', 'best-option-harm', `option "${decision}.${options[i]!.rating.option}" is the best-rated option of its decision but is rated high on ${list(high)}: choosing the best option everywhere would fail. Rate it lower, or lower the risk`);
      }
    }

    // Concepts belong to the decision: written on any one option they hold for all; two different lists disagree.
    const concepts = options.map((o) => [...o.rating.concepts].sort().join(', '));
    const given = concepts.filter((c) => c !== '');
    if (new Set(given).size > 1) {
      const counts = new Map<string, number>();
      for (const c of given) counts.set(c, (counts.get(c) ?? 0) + 1);
      const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      concepts.forEach((c, i) => {
        if (c === common || c === '') return;
        this.at(where(i), 'warning', 'concepts-inconsistent', `this option tags concepts ${c}, but other options of decision "${decision}" tag ${common}: concepts belong to the decision, so give one list (on one option, or the same on every option)`);
      });
    }
  }
}
