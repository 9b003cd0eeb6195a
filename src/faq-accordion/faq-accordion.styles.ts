import { css } from 'lit';
import { base } from '../internal/theme.styles.js';

/**
 * The FAQ's look. Notes on its rules live here rather than in the CSS, where
 * every page would download them:
 * - `[part='panel']:not([hidden])`: `hidden="until-found"` keeps the box, so
 *   the panel has no padding while closed.
 * - `prefers-reduced-motion`: the only motion is the chevron turning, unless
 *   the reader asked for less.
 */
export const styles = [
  base,
  css`
    [part='item'] {
      border-block-end: 1px solid var(--mrx-color-border, #8a94a6);
    }
    button {
      display: flex;
      align-items: center;
      gap: 0.75em;
      inline-size: 100%;
      padding: 0.75em 0.25em;
      border: 0;
      border-radius: var(--mrx-radius, 0.25em);
      background: none;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }
    button:hover {
      color: var(--mrx-color-primary, #0b5cad);
    }
    [part='icon'] {
      flex: none;
      padding: 0.25em;
      margin-inline: auto 0.25em;
      border: solid;
      border-width: 0 0.15em 0.15em 0;
      rotate: 45deg;
    }
    [aria-expanded='true'] [part='icon'] {
      rotate: 225deg;
    }
    [part='panel']:not([hidden]) {
      padding: 0 0.25em 0.25em;
    }
    p {
      margin: 0 0 0.75em;
      white-space: pre-line;
    }
    ::slotted(details) {
      margin: 0;
      padding: 0;
      border: 0;
    }
    @media (prefers-reduced-motion: no-preference) {
      [part='icon'] {
        transition: rotate 0.2s;
      }
    }
  `,
];
