/** A URL-fragment-friendly id from free text: "Why am I stiff?" -> "why-am-i-stiff". */
export function slugify(text: string): string {
  // Accents come off (é -> e); each run of anything else becomes one hyphen.
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
  return slug || 'item';
}
