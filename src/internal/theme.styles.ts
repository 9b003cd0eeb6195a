import { css } from 'lit';

/**
 * What every widget shares. Defaults live in var() fallbacks, never on :host,
 * so a page's `:root { --mrx-color-primary: … }` always wins. Sizes are in em
 * because host pages set odd root font sizes. In forced-colours mode the
 * browser maps the outline and borders to system colours, so they stay visible.
 */
export const base = css`
  :host {
    display: block;
    font-family: var(--mrx-font-family, inherit);
    color: var(--mrx-color-text, inherit);
    background: var(--mrx-color-surface, none);
  }
  :host([hidden]) {
    display: none;
  }
  button {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 0.2em solid var(--mrx-focus-color, #0b5cad);
    outline-offset: 0.1em;
  }
`;
