import { reportError } from '../internal/errors.js';
import { parseJsonText } from '../internal/json-parse.js';
import { parseFaqItems, type FaqItem } from './faq-item.js';

/**
 * Items from the text of the element's `<script type="application/json">`
 * child, or null (after one console.error naming the problem) when it is
 * invalid. Loaded on demand: most pages use `<details>` children instead.
 */
export function readJsonItems(text: string, tag: string): FaqItem[] | null {
  const json = parseJsonText(text, tag);
  if (json === undefined) return null;
  const parsed = parseFaqItems(json);
  if (typeof parsed !== 'string') return parsed;
  reportError(tag, `ignoring the JSON configuration: ${parsed}. Showing the built-in FAQ instead.`);
  return null;
}
