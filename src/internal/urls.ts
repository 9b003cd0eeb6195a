/**
 * A link we may follow: http(s) only, resolved against the page, or null.
 * `javascript:`, `data:` and anything unparsable are refused.
 */
export function safeHttpUrl(value: string | null | undefined): URL | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
