import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .prompt {
    font-size: 1rem;
    margin: 0 0 0.6rem;
    color: var(--_muted);
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  button.option {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
    padding: 0.75rem 1rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_therapist);
    font-family: var(--_font-transcript);
    font-size: 1.02rem;
    line-height: 1.45;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  button.option:hover {
    background: var(--_accent-soft);
  }
  .key {
    font-family: var(--_font);
    font-size: 0.8rem;
    color: var(--_muted);
    min-width: 1.2rem;
    align-self: flex-start;
    padding-top: 0.15rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.85rem 0.7rem;
    margin: 0 0 0.9rem;
    background: var(--_surface);
  }
  legend {
    font-size: 0.9rem;
    padding: 0 0.25rem;
  }
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    font-size: 0.9rem;
  }
  .levels label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 2rem;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
    margin: 0;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--_muted);
    margin: 0.3rem 0 0;
  }
  .text.action {
    font-style: italic;
  }
  .kind {
    font-style: normal;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
