import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_bg);
    color: var(--_text);
  }
  nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.4rem max(0.75rem, calc((100% - 62rem) / 2));
    border-bottom: 1px solid var(--_border);
    font-size: 0.9rem;
  }
  .brand {
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_accent);
  }
  .library {
    max-width: 62rem;
    margin: 0 auto;
    padding: 1.5rem 0.9rem 3rem;
  }
  nav button {
    min-height: 2.25rem;
    padding: 0.3rem 0.7rem;
  }
  .settings {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.5rem 0.9rem 0.7rem;
    margin: 1.5rem 0 0;
  }
  .settings legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .settings label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-top: 0.35rem;
    min-height: 1.75rem;
  }
  .settings input {
    width: 1.1rem;
    height: 1.1rem;
    margin-top: 0.2rem;
    accent-color: var(--_accent);
  }
  .hint {
    display: block;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .reflect {
    margin-top: 2rem;
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }
  .reflect h2 {
    font-size: 1.1rem;
  }
  .reflect h2 .hint {
    display: inline;
    font-weight: 400;
  }
  @media print {
    nav {
      display: none;
    }
  }
`;
