/** The element's first direct `<script type="application/json">` child, if any. */
export function jsonChild(host: Element): HTMLScriptElement | undefined {
  return Array.from(host.children).find(
    (child): child is HTMLScriptElement =>
      child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json',
  );
}
