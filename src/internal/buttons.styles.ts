import { css } from 'lit';

/**
 * How an action looks in every widget (a link or a button): outlined in the
 * primary colour, at least 2.75em tall. Declarations, not a rule: each
 * widget puts them inside its own selector, in its own place in the cascade,
 * next to its own padding.
 */
export const buttonLook = css`
  display: inline-flex;
  align-items: center;
  min-block-size: 2.75em;
  border: 2px solid var(--mrx-color-primary, #0b5cad);
  border-radius: var(--mrx-radius, 0.5em);
  background: none;
  color: var(--mrx-color-primary, #0b5cad);
  font-weight: 700;
  text-decoration: none;
  cursor: pointer;
`;

/** The main action of a widget: filled with the primary colour. Declarations, as `buttonLook`. */
export const primaryButtonLook = css`
  background: var(--mrx-color-primary, #0b5cad);
  color: var(--mrx-color-on-primary, #fff);
`;
