import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.35rem;
  }
  h3 {
    font-size: 1rem;
    margin-top: 1.2rem;
  }
  .client {
    color: var(--_muted);
    margin-bottom: 0.6rem;
  }
  .content-note {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_warn);
    background: var(--_warn-soft);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 1rem 0;
  }
  .content-note h3 {
    margin-top: 0;
  }
  ul {
    margin: 0.25rem 0 0.5rem;
    padding-left: 1.25rem;
  }
  li + li {
    margin-top: 0.25rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.4rem;
    }
  }
`;
