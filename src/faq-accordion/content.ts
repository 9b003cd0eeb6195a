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
  const script = jsonChild(host);
  const items =
    (script && (await import('./json-source.js')).readJsonItems(script.textContent ?? '', tag)) ||
    (resolveLanguage(host) === 'es' ? await import('./content.es.js') : await import('./content.en.js')).default;
  return items.map(({ id, question, answer }) => ({ id: id ?? slugify(question), question, answer }));
}
