import { VERSION } from './version.js';

/** Our element classes carry the package version so a later bundle can name it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

// One warning per bundle copy: a page that loads two bundles hears about it once,
// not once per element.
let warned = false;

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Two bundles on one page (an ES module and the IIFE, or two versions) must never
 * throw "this name has already been used": the first definition wins and the
 * second copy says, once, which versions met.
 */
export function define(tag: string, element: VersionedElement): void {
  // Ours or another copy's: what a registry holds is only typed as a constructor.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- it does narrow: `version` is read below
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || warned) return;
  warned = true;
  console.warn(
    `@motionrx/widgets ${VERSION} not registered: <${tag}> is already defined by version ${existing.version ?? '?'}. Load one widgets script per page.`,
  );
}
