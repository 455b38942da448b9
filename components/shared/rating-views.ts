/** Small templates shared by the feedback panel and the debrief (not a component of their own). */
import { css, html, nothing } from 'lit';
import { contestedText, type DebriefDecision, type DebriefOption, type StateChange } from '../../src/debrief.js';

export const ratingStyles = css`
  .ratings {
    list-style: none;
    margin: 0.4rem 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .ratings li {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.1rem 0.75rem;
  }
  .ratings .label {
    font-weight: 600;
  }
  .ratings .anchor {
    color: var(--_muted);
  }
  .level {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .risk-elevated .label,
  .risk-elevated .level {
    color: var(--_warn);
  }
  .risk-high .label,
  .risk-high .level {
    color: var(--_danger);
  }
  .changes {
    list-style: none;
    padding: 0;
    margin: 0.3rem 0;
  }
  .up::before {
    content: '↑ ';
  }
  .down::before {
    content: '↓ ';
  }
  .same::before {
    content: '→ ';
  }
  @media (max-width: 30rem) {
    .ratings li {
      grid-template-columns: 1fr;
    }
  }
`;

/** "Experienced raters differ on this one", for an option the expert panel disputes. */
export function contestedNote(option: DebriefOption, decision: Pick<DebriefDecision, 'rationale'>) {
  return option.contested ? html`<p class="notice contested">${contestedText(option.contested, decision.rationale ? 'under "Why this moment matters"' : undefined)}</p>` : nothing;
}

export function ratingList(option: DebriefOption, scaleMax: number) {
  const risks = option.risks.filter((r) => r.level !== 'low');
  if (option.ratings.length === 0 && risks.length === 0) return nothing;
  return html`<ul class="ratings">
    ${option.ratings.map(
      (r) => html`<li>
        <span class="label">${r.label} <span class="level">${r.level} of ${scaleMax}</span></span>
        <span class="anchor">${r.anchor ?? ''}</span>
      </li>`,
    )}
    ${risks.map(
      (r) => html`<li class="risk-${r.level}">
        <span class="label">${r.label} <span class="level">(${r.level === 'high' ? 'high risk: harm flag' : 'elevated risk'})</span></span>
        <span class="anchor">${r.anchor ?? ''}</span>
      </li>`,
    )}
  </ul>`;
}

function describeChange(c: StateChange): string {
  const range = typeof c.after === 'number' ? ` (scale ${c.min}–${c.max})` : '';
  if (c.before === c.after) return `${c.label} stayed at ${String(c.after)}${range}`;
  if (c.delta > 0) return `${c.label} rose from ${String(c.before)} to ${String(c.after)}${range}`;
  if (c.delta < 0) return `${c.label} fell from ${String(c.before)} to ${String(c.after)}${range}`;
  return `${c.label} changed from ${String(c.before)} to ${String(c.after)}`;
}

export function stateChangeList(changes: readonly StateChange[]) {
  if (changes.length === 0) return nothing;
  return html`<ul class="changes">
    ${changes.map((c) => html`<li class=${c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'same'}>${describeChange(c)}</li>`)}
  </ul>`;
}

export { describeChange };
