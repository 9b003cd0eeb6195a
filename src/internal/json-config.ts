/** The element's first direct `<script type="application/json">` child, if any. */
export function jsonChild(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json" i]');
}
