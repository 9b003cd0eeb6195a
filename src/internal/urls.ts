/**
 * A link we may follow: http(s) only, resolved against the page, or null.
 * `javascript:`, `data:`, blank and anything unparsable are refused.
 */
export function safeHttpUrl(value: string | null | undefined): URL | null {
  try {
    // Blank would resolve to the page itself; 'x:' is a URL no check accepts. null throws.
    const url = new URL(value!.trim() || 'x:', document.baseURI);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
