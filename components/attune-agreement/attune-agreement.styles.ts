import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.25rem;
    margin-top: 1.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin-top: 1.25rem;
  }
  .muted {
    color: var(--_muted);
  }
  .drop {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 1rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .drop.dragging {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .drop label {
    font-weight: 600;
  }
  input[type='file'] {
    font: inherit;
    min-height: 2.75rem;
  }
  ul.files {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  ul.files button {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin: 0.5rem 0 1rem;
    width: 100%;
    font-size: 0.92rem;
    background: var(--_surface);
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-2);
  }
  tr.contested {
    background: var(--_warn-soft);
  }
  figure {
    margin: 1rem 0;
  }
  svg {
    max-width: 44rem;
    width: 100%;
    height: auto;
    font-size: 12px;
    fill: var(--_text);
  }
  rect.icc {
    fill: var(--_accent);
  }
  rect.alpha {
    fill: var(--_therapist);
    opacity: 0.5;
  }
  .bar-line {
    stroke: var(--_danger);
    stroke-dasharray: 4 3;
  }
  .axis {
    fill: var(--_muted);
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9rem;
  }
`;
