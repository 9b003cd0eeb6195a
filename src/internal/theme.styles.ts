import { css } from 'lit';

/**
 * What every widget shares. Defaults live in var() fallbacks, never on :host,
 * so a page's `:root { --mrx-color-primary: … }` always wins. Sizes are in em
 * because host pages set odd root font sizes. In forced-colours mode the
 * browser maps the outline and borders to system colours, so they stay visible.
 *
 * Notes on the rules live here rather than in the CSS, where every page would
 * download them:
 * - `:host`'s font, colour and background need no fallbacks: an unset custom
 *   property makes them 'unset', which inherits the page's font and colour and
 *   leaves the background clear.
 * - `overflow-wrap`: a long word (spondyloarthritis) breaks rather than
 *   overflow a narrow screen at large text.
 */
export const base = css`
  :host {
    display: block;
    font-family: var(--mrx-font-family);
    color: var(--mrx-color-text);
    background: var(--mrx-color-surface);
    overflow-wrap: break-word;
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
