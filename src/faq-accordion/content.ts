import { jsonChild } from '../internal/json-config.js';
import { resolveLanguage } from '../internal/localize.js';
import { slugify } from '../internal/slug.js';
import type { FaqItem } from './faq-item.js';

/**
 * Questions for an element without `<details>` children: its JSON child when
 * that is valid, else the built-in morning-back-pain FAQ in its language.
 * Loaded on demand, so pages that author their questions never download it.
 */
export async function loadItems(host: Element, tag: string): Promise<Required<FaqItem>[]> {
  const items =
    (jsonChild(host) && (await import('./json-source.js')).readJsonItems(host, tag)) ||
    (resolveLanguage(host) === 'es' ? await import('./content.es.js') : await import('./content.en.js')).default;
  return items.map(({ id, question, answer }) => ({ id: id ?? slugify(question), question, answer }));
}
