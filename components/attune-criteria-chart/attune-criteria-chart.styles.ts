import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
  }
  svg {
    width: 100%;
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }
  .label {
    fill: var(--_text);
    font-size: 14px;
  }
  .value {
    fill: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .track {
    fill: var(--_surface-2);
  }
  .bar {
    fill: var(--_accent);
  }
  .bar.below {
    fill: var(--_warn);
  }
  .mastery {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .mastery-label {
    fill: var(--_muted);
    font-size: 12px;
  }
  figcaption {
    font-size: 0.85rem;
    color: var(--_muted);
    margin-top: 0.3rem;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 2rem;
    display: inline-flex;
    align-items: center;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.4rem;
    font-size: 0.92rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    details {
      display: none;
    }
    .bar,
    .bar.below {
      fill: #555;
    }
    .track {
      fill: #e6e6e6;
    }
  }
`;
