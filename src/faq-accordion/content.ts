import type { Language } from '../internal/localize.js';
import type { FaqItem } from './faq-item.js';

/** The built-in morning-back-pain FAQ, loaded on demand so pages with their own questions never download it. */
export async function loadBuiltInFaq(language: Language): Promise<FaqItem[]> {
  const pack = language === 'es' ? await import('./content.es.js') : await import('./content.en.js');
  return pack.default;
}
