import { readJsonChild } from '../internal/json-parse.js';
import { parseFaqItems, type FaqItem } from './faq-item.js';
import { reportError } from '../internal/errors.js';

/**
 * Items from the element's `<script type="application/json">` child, or null
 * (after one console.error naming the problem) when it is missing or invalid.
 * Loaded on demand: most pages use `<details>` children instead.
 */
export function readJsonItems(host: Element, tag: string): FaqItem[] | null {
  const json = readJsonChild(host, tag);
  if (json === undefined) return null;
  const parsed = parseFaqItems(json);
  if (typeof parsed !== 'string') return parsed;
  reportError(tag, `ignoring the JSON configuration: ${parsed}. Showing the built-in FAQ instead.`);
  return null;
}
