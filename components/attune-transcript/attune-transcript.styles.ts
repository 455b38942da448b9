import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.85rem;
    font-family: var(--_font-transcript);
    font-size: 1.06em;
  }
  li {
    max-width: 40rem;
  }
  .speaker {
    display: block;
    font-family: var(--_font);
    font-size: 0.72rem;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    font-weight: 600;
    color: var(--_muted);
    margin-bottom: 0.1rem;
  }
  .client .speaker {
    color: var(--_client);
  }
  .therapist {
    align-self: flex-end;
    text-align: start;
    background: var(--_accent-soft);
    border-radius: var(--_radius);
    padding: 0.5rem 0.85rem;
  }
  .therapist .speaker {
    color: var(--_therapist);
  }
  .client .text {
    border-left: 3px solid var(--_client);
    padding-left: 0.7rem;
    display: block;
  }
  .action .text {
    font-style: italic;
  }
  .narration .text {
    font-style: italic;
    color: var(--_muted);
  }
  .cue {
    display: block;
    font-family: var(--_font);
    font-size: 0.85rem;
    font-style: italic;
    color: var(--_muted);
    margin-top: 0.15rem;
  }
  .client .cue {
    padding-left: calc(0.7rem + 3px);
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
  }
  @media (prefers-reduced-motion: no-preference) {
    li.new {
      animation: appear 420ms ease-out both;
    }
    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(4px);
      }
      to {
        opacity: 1;
        transform: none;
      }
    }
  }
  @media print {
    li {
      break-inside: avoid;
    }
    .therapist {
      border: 1px solid #999;
    }
  }
`;
