/** The element's first direct `<script type="application/json">` child, if any. */
export function jsonChild(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json" i]');
}

/**
 * Resolves once the document is parsed (at once when it already is). An
 * element upgraded by a script in <head> runs before the parser reaches its
 * children: it reads its JSON child after this, never half-parsed.
 */
export function documentParsed(): Promise<unknown> {
  return document.readyState == 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
}
