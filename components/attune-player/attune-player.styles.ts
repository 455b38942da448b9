import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--_bg);
    color: var(--_text);
    container-type: inline-size;
  }
  .bar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.5rem max(0.75rem, calc((100% - var(--_max-width)) / 2));
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
  }
  .bar h1 {
    font-size: 1rem;
    margin: 0;
    /* The whole title, on two lines if need be (at 320 px it was cut to "Helen: the …"). */
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .bar .mode {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .pause {
    flex: none;
    border-color: var(--_accent);
    color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  main {
    max-width: var(--_max-width);
    margin: 0 auto;
    padding: 1.25rem 0.9rem 2.5rem;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }
  .ending {
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }
  .ending h2 {
    font-size: 1.1rem;
  }
  .storage-note {
    font-size: 0.9rem;
  }
  .loading {
    color: var(--_muted);
  }
  @container (max-width: 26rem) {
    .bar .pause {
      padding-inline: 0.7rem;
    }
  }
  @media print {
    .bar {
      position: static;
      border: 0;
    }
    .bar .pause,
    attune-pause {
      display: none;
    }
    main {
      max-width: none;
      padding: 0;
    }
  }
`;
