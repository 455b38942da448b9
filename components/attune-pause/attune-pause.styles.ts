import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    padding: 0;
    width: min(36rem, calc(100vw - 1.5rem));
    max-height: calc(100dvh - 1.5rem);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(20 24 28 / 0.55);
  }
  .inner {
    padding: 1.25rem 1.25rem 1rem;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1rem;
    margin-top: 1.1rem;
  }
  ol,
  ul {
    padding-left: 1.25rem;
    margin: 0.3rem 0 0.6rem;
  }
  li + li {
    margin-top: 0.3rem;
  }
  .breath {
    margin: 0.6rem auto 0.9rem;
    width: 4.5rem;
    height: 4.5rem;
    border-radius: 50%;
    background: var(--_accent-soft);
    border: 2px solid var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .breath {
      animation: breathe 10s ease-in-out infinite;
    }
    @keyframes breathe {
      0%,
      100% {
        transform: scale(0.75);
      }
      45%,
      55% {
        transform: scale(1.1);
      }
    }
  }
  a {
    color: var(--_accent);
  }
  .muted {
    color: var(--_muted);
  }
`;
