/** A value as error messages quote it: JSON (numbers as written, so Infinity stays Infinity), cut to about 80 characters. */
export function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = typeof value == 'number' ? String(value) : JSON.stringify(typeof value == 'string' ? value.slice(0, 80) : value);
  } catch {
    // A BigInt or a throwing toJSON: its type will do.
  }
  text ??= typeof value;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
