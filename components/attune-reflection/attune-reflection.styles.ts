import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.1rem;
    margin-top: 1.5rem;
  }
  .intro {
    max-width: 42rem;
  }
  ol.items {
    list-style: none;
    padding: 0;
    margin: 1rem 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    counter-reset: item;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.6rem 0.9rem 0.75rem;
    margin: 0;
  }
  legend {
    padding: 0 0.3rem;
    font-weight: 600;
    max-width: 100%;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-top: 0.35rem;
    font-size: 0.92rem;
  }
  .scale label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2rem;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .result {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.8rem 1rem;
  }
  .result li + li {
    margin-top: 0.4rem;
  }
  .muted {
    color: var(--_muted);
  }
  .refs {
    font-size: 0.85rem;
    color: var(--_muted);
    padding-left: 1.2rem;
  }
`;
