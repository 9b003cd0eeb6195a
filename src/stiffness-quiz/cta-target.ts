/** The element a CSS selector matches on the page: null when none does, undefined when the selector does not parse. */
export function queryTarget(selector: string): Element | null | undefined {
  try {
    return document.querySelector(selector);
  } catch {
    return undefined;
  }
}

/** Scrolls the page to the target and focuses it. */
export function scrollToAndFocus(target: HTMLElement): void {
  target.scrollIntoView({ block: 'start' });
  // A custom element such as <mrx-location-cta> is not focusable by default.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
