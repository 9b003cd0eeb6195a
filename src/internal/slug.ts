/** A URL-fragment-friendly id from free text: "Why am I stiff?" -> "why-am-i-stiff". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** Makes ids unique in order of appearance: a second "faq" becomes "faq-2". */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    let candidate = id;
    for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}
