import { documentParsed, jsonChild } from '../internal/json-config.js';
import { resolveLanguage } from '../internal/localize.js';
import type { FaqItem } from './faq-item.js';

/**
 * Questions for an element without `<details>` children: its JSON child when
 * that is valid, else the built-in morning-back-pain FAQ in its language.
 * Loaded on demand, so pages that author their questions never download it.
 */
export function loadItems(host: Element, tag: string): Promise<FaqItem[]> {
  if (document.readyState !== 'loading') return read(host, tag);
  // Upgraded before the parser reached our children (a script in <head>): read
  // once the page is parsed, not a half-parsed JSON child, and only once however
  // often the children changed meanwhile (the element re-reads on each change).
  let load = waiting.get(host);
  if (!load) {
    load = documentParsed().then(() => {
      waiting.delete(host);
      return read(host, tag);
    });
    waiting.set(host, load);
  }
  return load;
}

const waiting = new WeakMap<Element, Promise<FaqItem[]>>();

async function read(host: Element, tag: string): Promise<FaqItem[]> {
  // <details> arrived while we waited: the element shows those, so fetch nothing.
  if (host.querySelector(':scope > details')) return [];
  const script = jsonChild(host);
  return (
    (script && (await import('./json-source.js')).readJsonItems(script.textContent ?? '', tag)) ||
    (resolveLanguage(host) === 'es' ? await import('./content.es.js') : await import('./content.en.js')).default
  );
}
