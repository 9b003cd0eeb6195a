import { JsonLdBlock } from '../internal/structured-data.js';

/** What the schema.org FAQPage needs of an item. */
export interface FaqPageItem {
  question: string;
  answer?: string;
  details?: HTMLDetailsElement;
}

/** The answer as plain text: a configured answer as written, an authored one without its summary. */
function answerText(item: FaqPageItem): string {
  if (!item.details) return (item.answer ?? '').replace(/\s*\n[ \t]*\n\s*/g, '\n\n').trim();
  let text = '';
  for (const node of item.details.childNodes) if ((node as Element).localName !== 'summary') text += node.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Writes (or, with no items, removes) one schema.org FAQPage block. Loaded only for `structured-data`. */
export function writeFaqPage(block: JsonLdBlock | undefined, tag: string, items: readonly FaqPageItem[]): JsonLdBlock {
  const owner = block ?? new JsonLdBlock(tag);
  owner.set(
    items.length
      ? {
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: items.map((item) => ({
            '@type': 'Question',
            name: item.question,
            acceptedAnswer: { '@type': 'Answer', text: answerText(item) },
          })),
        }
      : null,
  );
  return owner;
}
