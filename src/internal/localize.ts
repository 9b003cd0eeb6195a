export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The element's language: its own `lang`, else the nearest `lang` up the tree
 * (crossing shadow roots), else English. Regional tags use their base
 * language (`es-MX` is `es`); anything unsupported falls back to English.
 */
export function resolveLanguage(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const base = (node.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0];
      return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}
