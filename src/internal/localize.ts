/** The languages the widgets speak. */
export type Language = 'en' | 'es';

/**
 * The element's language: its own `lang`, else the nearest `lang` up the tree,
 * crossing shadow roots to their hosts, else English. `:lang(es)` on the
 * element that carries the attribute does the matching, as CSS would:
 * regional tags (`es-MX`) and any letter case. Anything else is English.
 */
export function resolveLanguage(element: Element): Language {
  const tagged = element.closest('[lang]');
  const host = (element.getRootNode() as ShadowRoot).host;
  return tagged ? (tagged.matches(':lang(es)') ? 'es' : 'en') : host ? resolveLanguage(host) : 'en';
}
