import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 22rem;
  }
  .bar {
    fill: var(--_accent);
  }
  .bar.failed {
    fill: var(--_muted);
  }
  .bar.harm {
    fill: var(--_danger);
  }
  .axis {
    stroke: var(--_border);
  }
  .mastery {
    stroke: var(--_text);
    stroke-dasharray: 3 3;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
    margin-top: 0.4rem;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.4rem;
    border-bottom: 1px solid var(--_border);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
