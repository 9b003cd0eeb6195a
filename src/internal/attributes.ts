import { describeValue } from './describe-value.js';
import { reportError } from './errors.js';

/**
 * One console.error for a bad attribute (or property) value, quoted the way
 * every message quotes: "<tag>: variant must be card or banner, got "strip"; using card."
 */
export function reportBadValue(tag: string, name: string, rule: string, value: unknown, outcome: string): void {
  reportError(tag, `${name} ${rule}, got ${describeValue(value)}; ${outcome}.`);
}

/** Reports `value` unless it is unset or one of `allowed`; the first allowed value is the one used instead. */
export function checkOneOf(tag: string, name: string, value: string | null, allowed: readonly string[]): void {
  if (value != null && !allowed.includes(value)) reportBadValue(tag, name, `must be ${allowed.join(' or ')}`, value, `using ${allowed[0]}`);
}
