import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--_max-width);
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.2rem;
    margin-top: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  .muted {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  form.start {
    margin-top: 1.5rem;
  }
  form.start label {
    display: block;
    font-weight: 600;
  }
  input:not([type='radio']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45rem 0.6rem;
    min-height: 2.75rem;
    width: min(100%, 24rem);
  }
  textarea {
    width: 100%;
    min-height: 3.5rem;
  }
  details.earlier {
    margin: 0.5rem 0 1rem;
  }
  details.earlier summary {
    cursor: pointer;
    color: var(--_muted);
    min-height: 2rem;
  }
  ol.options {
    list-style: none;
    padding: 0;
    margin: 1rem 0;
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .option {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75rem 1rem 1rem;
  }
  .option-text {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_therapist);
    background: var(--_surface-2);
    font-family: var(--_font-transcript);
    font-size: 1.05rem;
  }
  fieldset.measure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.75rem 0.6rem;
    margin: 0 0 0.6rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  .definition {
    font-size: 0.9rem;
    color: var(--_muted);
    margin: 0 0 0.35rem;
  }
  .levels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.35rem;
  }
  label.level {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-rows: auto auto;
    column-gap: 0.4rem;
    align-items: start;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: 0.88rem;
  }
  label.level:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  label.level input {
    grid-row: 1 / span 2;
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .level-name {
    font-weight: 600;
  }
  .anchor {
    grid-column: 2;
  }
  label.comment {
    display: block;
    font-weight: 600;
    margin-top: 0.4rem;
  }
  ul.unrated {
    padding-left: 1.2rem;
  }
`;
