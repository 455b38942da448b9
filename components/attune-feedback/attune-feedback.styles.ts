import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  section {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 1rem 1.1rem;
  }
  h2 {
    font-size: 1.15rem;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.3rem;
  }
  .verdict {
    font-weight: 600;
  }
  .verdict.best {
    color: var(--_good);
  }
  .said {
    font-family: var(--_font-transcript);
    border-left: 3px solid var(--_therapist);
    padding-left: 0.7rem;
    margin: 0.5rem 0;
  }
  .said.action {
    font-style: italic;
  }
  .kind {
    font-style: normal;
    color: var(--_muted);
  }
  .feedback {
    font-size: 1.02rem;
  }
  .rationale {
    color: var(--_text);
  }
  .refs {
    color: var(--_muted);
    font-size: 0.85rem;
  }
`;
