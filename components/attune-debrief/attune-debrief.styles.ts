import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  article > header {
    margin-bottom: 1rem;
  }
  h2 {
    font-size: 1.45rem;
  }
  h3 {
    font-size: 1.12rem;
    margin-top: 1.6rem;
    padding-top: 0.4rem;
    border-top: 1px solid var(--_border);
  }
  h4 {
    font-size: 1rem;
  }
  h5 {
    font-size: 0.9rem;
    margin: 0.9rem 0 0.3rem;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .meta {
    color: var(--_muted);
    margin: 0;
  }
  .harm {
    border: 2px solid var(--_danger);
    background: var(--_danger-soft);
    border-radius: var(--_radius);
    padding: 0.85rem 1rem;
  }
  .harm h3 {
    border: 0;
    margin-top: 0;
    padding-top: 0;
    color: var(--_danger);
  }
  .result {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4rem 1rem;
  }
  .badge {
    display: inline-block;
    font-weight: 700;
    border-radius: 999px;
    padding: 0.2rem 0.8rem;
    border: 2px solid currentColor;
  }
  .badge.passed {
    color: var(--_good);
  }
  .badge.failed {
    color: var(--_danger);
  }
  .overall {
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  ol.decisions {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .decision {
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.9rem 1rem;
  }
  .said {
    font-family: var(--_font-transcript);
    border-left: 3px solid var(--_therapist);
    padding-left: 0.7rem;
    margin: 0.3rem 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .said.action {
    font-style: italic;
  }
  .said.action .muted {
    font-style: normal;
  }
  .tag {
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_text);
    white-space: nowrap;
  }
  .tag.best {
    background: transparent;
    border: 1px solid var(--_good);
    color: var(--_good);
  }
  ul.others {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.others > li {
    border-top: 1px dashed var(--_border);
    padding-top: 0.5rem;
    margin-top: 0.5rem;
  }
  .feedback {
    margin: 0.3rem 0;
  }
  .muted {
    color: var(--_muted);
  }
  .refs {
    font-size: 0.9rem;
    padding-left: 1.2rem;
  }
  .refs li + li {
    margin-top: 0.35rem;
  }
  details.transcript > summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 2.25rem;
    display: flex;
    align-items: center;
  }
  .pulls li + li {
    margin-top: 0.4rem;
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    .decision,
    .harm {
      break-inside: avoid;
    }
    h3 {
      break-after: avoid;
    }
    details.transcript > summary {
      display: none;
    }
    .no-print,
    .export-pulls {
      display: none;
    }
  }
  .export-pulls label {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: baseline;
  }
  .export-pulls .muted {
    display: block;
  }
`;
