import { css } from 'lit';
import { buttonLook, primaryButtonLook } from '../internal/buttons.styles.js';
import { base } from '../internal/theme.styles.js';

/**
 * The quiz's look. Notes on its rules live here rather than in the CSS, where
 * every page would download them:
 * - `h2:focus`: focus lands on the step's h2 so screen readers start there; it
 *   is not a control, so it needs no focus ring.
 * - `.summary` and `data-mrx-printing`: the summary for the doctor is for
 *   paper. While it prints (from the action until the dialog closes), the
 *   element shows it alone.
 * - `.prepare`: a view rendered once in the background, never seen (see the
 *   element's `_prepareNext`).
 * - `.sr`: live regions, read by screen readers and clipped away on screen.
 *   Fixed, so their text never widens the page.
 */
export const styles = [
  base,
  css`
    h2:focus {
      outline: none;
    }
    h2 {
      margin: 0 0 0.5em;
      font-size: 1.35em;
      line-height: 1.25;
    }
    h3 {
      margin: 1.25em 0 0.25em;
      font-size: 1em;
    }
    .progress,
    .hint,
    .small {
      margin: 0 0 0.5em;
      font-size: 0.9em;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
    }
    .option {
      display: flex;
      gap: 0.75em;
      align-items: center;
      margin-block: 0.5em;
      padding: 0.75em;
      border: 1px solid var(--mrx-color-border, #8a94a6);
      border-radius: var(--mrx-radius, 0.5em);
      cursor: pointer;
    }
    .option:has(:checked) {
      border-color: var(--mrx-color-primary, #0b5cad);
    }
    input {
      flex: none;
      margin: 0;
      accent-color: var(--mrx-color-primary, #0b5cad);
    }
    .error {
      font-weight: 700;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin-block: 1em;
    }
    button,
    .primary {
      ${buttonLook}
      padding: 0.6em 1.2em;
    }
    .primary {
      ${primaryButtonLook}
    }
    .danger {
      border-color: var(--mrx-color-danger, #b3261e);
      background: var(--mrx-color-danger, #b3261e);
    }
    .link {
      display: inline;
      padding: 0;
      border: 0;
      font-weight: inherit;
      text-decoration: underline;
    }
    .result {
      padding: 1em;
      border: 1px solid var(--mrx-color-border, #8a94a6);
      border-inline-start-width: 0.4em;
      border-radius: var(--mrx-radius, 0.5em);
    }
    .urgent {
      border-color: var(--mrx-color-danger, #b3261e);
    }
    .safety {
      margin-block-start: 1em;
      padding: 0.75em;
      border: 1px dashed;
      border-radius: var(--mrx-radius, 0.5em);
    }
    dt {
      font-weight: 700;
    }
    .note {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--mrx-color-border, #8a94a6);
    }
    .summary {
      display: none;
    }
    :host([data-mrx-printing]) [part='base'] > :not(.summary) {
      display: none;
    }
    :host([data-mrx-printing]) .summary {
      display: block;
    }
    .summary dl {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: 0.2em 1em;
      margin: 0;
    }
    .summary dt {
      font-weight: 400;
    }
    .summary dd {
      margin: 0;
      font-weight: 700;
    }
    @media print {
      .summary {
        color: #000;
        font-size: 11pt;
      }
    }
    .prepare {
      position: absolute;
      visibility: hidden;
    }
    .sr {
      position: fixed;
      clip-path: inset(50%);
    }
  `,
];
