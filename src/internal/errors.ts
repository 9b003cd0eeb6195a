/**
 * Reports bad configuration the way every element does: one console.error that
 * starts with the tag name, so a webmaster can search the console for it.
 */
export function reportError(tag: string, message: string): void {
  console.error(`${tag}: ${message}`);
}
