import { css } from 'lit';
import { buttonLook, primaryButtonLook } from '../internal/buttons.styles.js';
import { base } from '../internal/theme.styles.js';

/**
 * The location CTA's look. Notes on its rules live here rather than in the
 * CSS, where every page would download them:
 * - `variant='banner'`: a strip inside an article, which wraps to more lines
 *   only when it must.
 * - `[part~='button']` sets `box-sizing`: the actions are links as well as
 *   buttons, and theme.styles sizes only buttons so.
 * - `.call`: "Call" and the number are flex items, where a space collapses. A
 *   gap sets them apart on the reader's side in either direction (a margin on
 *   the number would follow the number's own left-to-right direction).
 * - `.note:empty`: out of the layout, still in the accessibility tree. A live
 *   region must exist before it speaks.
 */
export const styles = [
  base,
  css`
    [part='base'] {
      display: grid;
      gap: 0.5em;
      padding: 1em;
      border: 1px solid var(--mrx-color-border, #8a94a6);
      border-radius: var(--mrx-radius, 0.5em);
    }
    :host([variant='banner']) [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      padding: 0.5em 1em;
    }
    :host([variant='banner']) :is([part='address'], .number) {
      display: none;
    }
    :host([variant='banner']) .headline {
      font-size: 1em;
    }
    :host([variant='banner']) [part~='button'] {
      min-block-size: 2.25em;
      padding-block: 0.25em;
    }
    p {
      margin: 0;
    }
    .headline {
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.25;
    }
    .name {
      font-weight: 700;
    }
    .status::before {
      content: '';
      display: inline-block;
      inline-size: 0.6em;
      block-size: 0.6em;
      margin-inline-end: 0.4em;
      border: 1px solid;
      border-radius: 50%;
    }
    .open::before {
      background: var(--mrx-color-open, #1a7f37);
      border-color: var(--mrx-color-open, #1a7f37);
    }
    .picker,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    select {
      margin-inline-start: 0.5em;
      min-block-size: 2.75em;
      max-inline-size: 100%;
      font: inherit;
    }
    [part~='button'] {
      ${buttonLook}
      box-sizing: border-box;
      padding: 0.5em 1em;
    }
    .call {
      column-gap: 0.3em;
    }
    .book {
      ${primaryButtonLook}
    }
    .note:empty {
      position: absolute;
    }
  `,
];
