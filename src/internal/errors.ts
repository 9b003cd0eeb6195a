/**
 * Reports bad configuration the way every element does: one console.error that
 * starts with the tag name, so a webmaster can search the console for it.
 */
export function reportError(tag: string, message: string): void {
  console.error(`${tag}: ${message}`);
}

/** A value shown in an error message: quoted, and cut short when huge. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
