import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.6rem;
  }
  .lede {
    color: var(--_muted);
    max-width: 40rem;
  }
  .modes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    gap: 0.75rem;
    margin: 1rem 0 1.5rem;
  }
  .modes div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.85rem;
    background: var(--_surface);
  }
  .modes strong {
    display: block;
  }
  ul.cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: 1rem;
  }
  article {
    height: 100%;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.25);
    background: var(--_surface);
    padding: 1rem 1.1rem;
  }
  article h2 {
    font-size: 1.15rem;
    margin-bottom: 0.2rem;
  }
  .client {
    color: var(--_muted);
    font-size: 0.92rem;
  }
  .meta {
    font-size: 0.88rem;
    color: var(--_muted);
  }
  article.unavailable {
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .badge {
    display: inline-block;
    font-weight: 700;
    font-size: 0.85rem;
    color: var(--_danger);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0 0.4rem;
  }
  .diagnostics {
    padding-left: 1.1rem;
    font-size: 0.88rem;
    overflow-wrap: anywhere;
  }
  .diagnostics .rule,
  .diagnostics .muted {
    color: var(--_muted);
  }
  .content-note {
    font-size: 0.9rem;
    border-left: 3px solid var(--_warn);
    padding-left: 0.6rem;
    margin: 0.4rem 0 0.75rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    font-size: 0.9rem;
    margin: 0 0 0.5rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .grow {
    flex: 1;
  }
  article .actions {
    margin-top: 0.75rem;
  }
  article .actions button {
    flex: 1 1 8rem;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    font-size: 0.9rem;
    min-height: 2rem;
    display: flex;
    align-items: center;
  }
  .history {
    margin-top: 2rem;
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }
  .history h2 {
    font-size: 1.1rem;
  }
  input[type='file'] {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  input[type='file']:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .empty {
    color: var(--_muted);
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8rem;
    max-height: 8rem;
    overflow: auto;
    background: var(--_surface-2);
    padding: 0.5rem;
  }
`;
