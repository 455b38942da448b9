import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.6rem 0.85rem;
  }
  h2 {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 0 0 0.4rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.4rem 1.2rem;
  }
  li {
    font-size: 0.88rem;
  }
  .row {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .value {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .bar {
    display: block;
    margin-top: 0.2rem;
  }
  .track {
    fill: var(--_surface-2);
  }
  .fill {
    fill: var(--_client);
  }
  .change {
    font-size: 0.8rem;
  }
`;
