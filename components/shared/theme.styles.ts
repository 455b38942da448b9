import { css } from 'lit';

/**
 * Design tokens shared by every Attune component. Each public `--attune-*` custom property can be
 * set by the host page (on the element or any ancestor); components read the private `--_*`
 * versions, which fall back to Attune's calm light and dark palettes (`prefers-color-scheme`).
 */
export const tokens = css`
  :host {
    --_font: var(--attune-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-transcript: var(--attune-font-family-transcript, 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Noto Serif', serif);
    --_font-size: var(--attune-font-size, 1rem);
    --_radius: var(--attune-radius, 0.5rem);
    --_space: var(--attune-space, 1rem);
    --_max-width: var(--attune-max-width, 46rem);
    --_focus: var(--attune-color-focus, #1a5fb4);

    --_bg: var(--attune-color-bg, #f6f5f1);
    --_surface: var(--attune-color-surface, #ffffff);
    --_surface-2: var(--attune-color-surface-2, #eeede7);
    --_text: var(--attune-color-text, #1f2328);
    --_muted: var(--attune-color-muted, #51565d);
    --_border: var(--attune-color-border, #cfcbc2);
    --_accent: var(--attune-color-accent, #1d5a6c);
    --_accent-text: var(--attune-color-accent-contrast, #ffffff);
    --_accent-soft: var(--attune-color-accent-soft, #e3eef1);
    --_client: var(--attune-color-client, #5b3d7a);
    --_therapist: var(--attune-color-therapist, #1d5a6c);
    --_good: var(--attune-color-good, #1c6637);
    --_warn: var(--attune-color-warn, #7a4a00);
    --_warn-soft: var(--attune-color-warn-soft, #fbf1de);
    --_danger: var(--attune-color-danger, #9b1c1c);
    --_danger-soft: var(--attune-color-danger-soft, #fbe9e7);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_focus: var(--attune-color-focus, #9cc3ff);
      --_bg: var(--attune-color-bg, #17191c);
      --_surface: var(--attune-color-surface, #202328);
      --_surface-2: var(--attune-color-surface-2, #2a2e34);
      --_text: var(--attune-color-text, #e9e7e2);
      --_muted: var(--attune-color-muted, #b8b4ac);
      --_border: var(--attune-color-border, #454a52);
      --_accent: var(--attune-color-accent, #8fcadb);
      --_accent-text: var(--attune-color-accent-contrast, #0f2329);
      --_accent-soft: var(--attune-color-accent-soft, #22363d);
      --_client: var(--attune-color-client, #d2b8ee);
      --_therapist: var(--attune-color-therapist, #8fcadb);
      --_good: var(--attune-color-good, #92d8a8);
      --_warn: var(--attune-color-warn, #f1c27d);
      --_warn-soft: var(--attune-color-warn-soft, #3a2f1c);
      --_danger: var(--attune-color-danger, #ffa7a0);
      --_danger-soft: var(--attune-color-danger-soft, #402321);
    }
  }
  @media print {
    :host {
      --_bg: #fff;
      --_surface: #fff;
      --_surface-2: #f2f2f2;
      --_text: #000;
      --_muted: #333;
      --_border: #999;
      --_accent: #000;
      --_accent-soft: #f2f2f2;
      --_client: #000;
      --_therapist: #000;
      --_good: #000;
      --_warn: #000;
      --_danger: #000;
      --_warn-soft: #fff;
      --_danger-soft: #fff;
    }
  }
`;

/** Base element styles: buttons, focus rings, visually hidden text, headings. */
export const base = css`
  :host {
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.55;
    color: var(--_text);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  p {
    margin: 0 0 0.75em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Headings that take focus as screens change show it too (keyboard and screen-magnifier users
     need to see where they are), a little further out than a control's ring. */
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  [tabindex='-1'] {
    /* Focus moves to headings as screens change: keep them clear of the sticky player bar. */
    scroll-margin-top: 5rem;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.95em;
    line-height: 1.3;
    min-height: 2.75rem;
    padding: 0.55rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-align: center;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
  }
  button:hover,
  .button:hover {
    border-color: var(--_accent);
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  button.quiet {
    background: transparent;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    margin-top: 1rem;
  }
  .notice {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    margin: 0 0 1rem;
  }
  .notice.warn {
    border-left-color: var(--_warn);
    background: var(--_warn-soft);
  }
  .notice.danger {
    border-left-color: var(--_danger);
    background: var(--_danger-soft);
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    .button {
      transition: border-color 120ms ease, background-color 120ms ease;
    }
  }
  @media print {
    button,
    .button,
    .no-print {
      display: none !important;
    }
  }
`;
