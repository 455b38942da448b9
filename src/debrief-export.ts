/**
 * Debrief export for supervision: JSON (the debrief model as it is) and Markdown (for reading,
 * printing or pasting into notes). Story and trainee text is escaped so that nothing in it can
 * become markup, a link or a script when the Markdown is rendered.
 */
import { confidenceLabel, contestedText, elevatedNote, notPassedTexts, passRuleText, percent, ratingsBasisText, scorePercent, type Debrief, type DebriefDecision, type TranscriptLine } from './debrief.js';
import { humanise } from './ids.js';

/** What goes into an export. */
export interface ExportOptions {
  /**
   * Include the self-reflection's "pulls to notice". Off by default: they are the trainee's private
   * reflection, and an exported debrief is often handed to an assessor or supervisor.
   */
  includePulls?: boolean;
}

/** The debrief as it may leave the browser: without the pulls unless the trainee opted in. */
export function exportedDebrief(debrief: Debrief, options: ExportOptions = {}): Debrief {
  if (options.includePulls || !debrief.pulls) return debrief;
  const { pulls: _, ...rest } = debrief;
  return rest;
}

export function debriefToJson(debrief: Debrief, options: ExportOptions = {}): string {
  return JSON.stringify(exportedDebrief(debrief, options), null, 2);
}

/**
 * Makes text inert in Markdown and the HTML many renderers allow: `<`, `>` and `&` become
 * entities, and every Markdown punctuation character is backslash-escaped, so `[x](javascript:…)`
 * cannot become a link and `<img onerror=…>` cannot become an element.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~:])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

const e = escapeMarkdown;

/** A suggested file name: "attune-example-2025-03-04.md". */
export function exportFileName(debrief: Debrief, extension: 'json' | 'md'): string {
  return `attune-${debrief.scenario.id}-${debrief.createdAt.slice(0, 10)}.${extension}`;
}

function speakerName(line: TranscriptLine, clientName: string): string {
  if (line.speaker === 'client') return clientName;
  if (line.speaker === 'therapist') return 'You';
  return '';
}

function transcriptLine(line: TranscriptLine, clientName: string): string {
  const who = speakerName(line, clientName);
  const cues = line.cues.length > 0 ? ` *(${line.cues.map(e).join('; ')})*` : '';
  const text = line.text.trim() === '' ? '' : line.action ? `**Your action:** *${e(line.text)}*` : who ? `**${e(who)}:** ${e(line.text)}` : `*${e(line.text)}*`;
  return `${text}${cues}`.trim();
}

function decisionMarkdown(d: DebriefDecision, clientName: string, scaleMax: number): string[] {
  const out: string[] = [];
  const chosen = d.options[d.chosen];
  out.push(`### ${d.step + 1}. ${e(d.title)}`, '');
  if (chosen) {
    out.push(`**You chose:** ${chosen.action ? 'the action ' : ''}${e(chosen.text)} — ${percent(chosen.value)} of the best available${d.best ? ' (a best option)' : ''}`);
    if (d.confidence !== undefined) out.push(`**Your confidence:** ${confidenceLabel(d.confidence)}`);
    out.push('');
  }
  for (const option of d.options) {
    const marks = [option.chosen ? 'chosen' : 'not taken', option.best ? 'best available' : ''].filter(Boolean).join(', ');
    out.push(`- ${option.action ? 'Action: ' : ''}**${e(option.text)}** (${marks}; ${percent(option.value)})`);
    for (const r of option.ratings) out.push(`  - ${e(r.label)}: ${r.level} of ${scaleMax}${r.anchor ? ` — ${e(r.anchor)}` : ''}`);
    for (const r of option.risks.filter((r) => r.level !== 'low')) out.push(`  - Risk, ${e(r.label)}: **${r.level}**${r.anchor ? ` — ${e(r.anchor)}` : ''}`);
    if (option.feedback) out.push(`  - ${e(option.feedback)}`);
    if (option.contested) out.push(`  - ${e(contestedText(option.contested, d.rationale ? 'under "Why it matters" below' : undefined))}`);
  }
  out.push('');
  const moved = d.state.filter((s) => s.before !== s.after);
  if (d.state.length > 0) {
    out.push(
      `**${e(clientName)}'s state:** ${
        moved.length === 0 ? 'unchanged' : moved.map((s) => `${e(s.label)} ${String(s.before)} → ${String(s.after)}`).join('; ')
      }`,
      '',
    );
  }
  if (d.response.length > 0) {
    out.push(`**What followed:**`, '', ...d.response.map((l) => `> ${transcriptLine(l, clientName)}`), '');
  }
  if (d.rationale) {
    out.push(`**Why it matters:** ${e(d.rationale.text)}`, '');
  }
  return out;
}

export function debriefToMarkdown(full: Debrief, options: ExportOptions = {}): string {
  const debrief = exportedDebrief(full, options);
  const { score, scenario } = debrief;
  const clientName = scenario.client.name;
  const out: string[] = [];
  out.push(`# Debrief: ${e(scenario.title)}`, '');
  out.push(
    `- Client: ${e(clientName)} (${e(scenario.client.attachment)} attachment)`,
    `- Mode: ${debrief.mode}`,
    `- Date: ${debrief.createdAt.slice(0, 10)}`,
    `- Rubric: ${e(debrief.rubric.title)} (version ${e(debrief.rubric.version)})`,
    `- Replay code: \`${debrief.replayCode.replace(/`/g, '')}\``,
    '',
  );
  if (debrief.error) out.push(`> The scenario stopped early because of a problem in the story: ${e(debrief.error)}`, '');

  if (score.harmFlags.length > 0) {
    out.push('## Harm flags', '');
    out.push('A response rated high risk fails the attempt, whatever the other scores.', '');
    for (const h of score.harmFlags) out.push(`- **${e(h.label)}** at ${e(humaniseStep(debrief, h.decision))}: ${e(optionText(debrief, h.decision, h.option))}`);
    out.push('');
  }

  out.push('## Result', '');
  out.push(`**${score.passed ? 'Passed' : 'Not passed'}** — overall ${scorePercent(score.overall)}. ${passRuleText(score)}`, '');
  if (debrief.ending) out.push(`How the session ended: ${e(humanise(debrief.ending))}.`, '');
  if (debrief.finished && !score.passed) {
    out.push('Why it was not passed:', '');
    for (const text of notPassedTexts(score)) out.push(`- ${e(text)}`);
    out.push('');
  }

  out.push('| Criterion | Score | Decisions |', '| --- | --- | --- |');
  for (const c of score.criteria) out.push(`| ${e(c.label)} | ${scorePercent(c.score)} | ${c.decisions} |`);
  out.push('', `*${e(ratingsBasisText(debrief.panel))}*`, '');

  out.push('## About this scenario', '', e(scenario.summary), '', '**Learning objectives**', '');
  for (const o of scenario.objectives) out.push(`- ${e(o)}`);
  out.push('');

  if (score.elevated.length > 0) {
    out.push('## Elevated risks', '', elevatedNote(score), '');
    for (const r of score.elevated) out.push(`- ${e(r.label)} at ${e(humaniseStep(debrief, r.decision))}: ${e(optionText(debrief, r.decision, r.option))}`);
    out.push('');
  }

  if (score.calibration) {
    const c = score.calibration;
    out.push('## Confidence and calibration', '');
    out.push(
      `Over ${c.decisions} decision${c.decisions === 1 ? '' : 's'} your mean confidence was ${percent(c.meanConfidence)} and you chose a best option ${percent(c.accuracy)} of the time. Brier score ${c.brier.toFixed(2)} (0 is perfectly calibrated, 0.25 is what always answering 50% gives).`,
      '',
    );
  }

  if (debrief.pulls) {
    out.push(`## Pulls to notice with ${e(clientName)}`, '', e(debrief.pulls.summary), '');
    for (const p of debrief.pulls.pulls) out.push(`- ${p.title ? `**${e(p.title)}.** ` : ''}${e(p.text)}`);
    out.push('');
    if (debrief.pulls.caveat) out.push(`*${e(debrief.pulls.caveat)}*`, '');
  }

  out.push('## Decisions', '');
  for (const d of debrief.decisions) out.push(...decisionMarkdown(d, clientName, debrief.rubric.scale.max));

  out.push('## Transcript', '');
  for (const line of debrief.transcript) {
    const text = transcriptLine(line, clientName);
    if (text) out.push(text, '');
  }

  if (debrief.references.length > 0) {
    out.push('## References', '');
    for (const r of debrief.references) out.push(`- ${e(r)}`);
    out.push('');
  }
  return out.join('\n');
}

function humaniseStep(debrief: Debrief, decision: string): string {
  return debrief.decisions.find((d) => d.decision === decision)?.title ?? decision;
}

function optionText(debrief: Debrief, decision: string, option: string): string {
  return debrief.decisions.find((d) => d.decision === decision)?.options.find((o) => o.id === option)?.text ?? option;
}
