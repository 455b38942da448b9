import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_best: var(--_good);
    --_mid: #2f6f8f;
    --_low: #8a6d3b;
    --_unrated: var(--_muted);
  }
  header .title {
    font-size: 1.4rem;
    margin: 0 0 0.2rem;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    font-size: 0.9rem;
  }
  .swatch {
    display: inline-block;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    margin-right: 0.35rem;
    vertical-align: -0.1rem;
    background: var(--_c);
  }
  .option.best {
    --_c: var(--_best);
  }
  .option.mid {
    --_c: var(--_mid);
  }
  .option.low {
    --_c: var(--_low);
  }
  .option.harm {
    --_c: var(--_danger);
  }
  .option.unrated {
    --_c: var(--_unrated);
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 60rem) {
    .body {
      grid-template-columns: 1fr;
    }
  }
  .graph {
    overflow: auto;
    max-height: 80vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  svg text {
    font-family: var(--_font);
    font-size: 12px;
    fill: var(--_text);
  }
  svg .node > rect {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  svg .node.ending > rect {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
  }
  svg .node.dead-end > rect,
  svg .node.error > rect,
  svg .node.unreachable > rect {
    fill: var(--_danger-soft);
    stroke: var(--_danger);
    stroke-width: 2.5;
  }
  svg .title {
    font-weight: 700;
    font-size: 13px;
  }
  svg .figures {
    fill: var(--_muted);
  }
  svg .option {
    cursor: pointer;
  }
  svg .option circle {
    fill: var(--_c);
  }
  svg .option .row {
    fill: transparent;
    stroke: none;
  }
  svg .option.available .row {
    stroke: var(--_focus);
    stroke-dasharray: 3 2;
  }
  svg .option.selected .row {
    fill: var(--_surface-2);
  }
  svg .option.harm text {
    fill: var(--_danger);
    font-weight: 700;
  }
  svg .edge {
    fill: none;
    stroke: var(--_c);
    stroke-width: 1.5;
    opacity: 0.75;
  }
  svg .edge.best {
    --_c: var(--_best);
  }
  svg .edge.mid {
    --_c: var(--_mid);
  }
  svg .edge.low {
    --_c: var(--_low);
  }
  svg .edge.harm {
    --_c: var(--_danger);
    stroke-dasharray: 5 3;
  }
  svg .edge.unrated {
    --_c: var(--_unrated);
  }
  svg .edge.on-route {
    stroke-width: 4;
    opacity: 1;
  }
  .list {
    padding-left: 1.2rem;
  }
  .list > li {
    margin-bottom: 1rem;
  }
  .list h3 {
    font-size: 1.05rem;
    margin: 0.2rem 0;
  }
  .list .node.dead-end h3,
  .list .node.error h3,
  .list .node.unreachable h3,
  .problem,
  .danger,
  .problems .error {
    color: var(--_danger);
  }
  .list ul {
    list-style: none;
    padding-left: 0;
    display: grid;
    gap: 0.4rem;
  }
  .list .option {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.5rem;
    align-items: baseline;
  }
  .where,
  .rating,
  .leads,
  .muted {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.6rem;
    font-size: 0.9rem;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .said {
    font-family: var(--_font-transcript);
    border-left: 3px solid var(--_therapist);
    padding-left: 0.6rem;
  }
  .routes button {
    margin: 0.2rem 0;
  }
  .player {
    margin-top: 1.5rem;
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }
`;
