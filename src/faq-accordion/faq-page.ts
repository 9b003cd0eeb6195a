import { JsonLdBlock } from '../internal/structured-data.js';

/** What the schema.org FAQPage needs of an item. */
export interface FaqPageItem {
  question: string;
  answer?: string;
  details?: HTMLDetailsElement;
}

const BLOCKS = /^(p|div|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|section|article|table|tr|pre|figure|br|hr)$/;
const SKIPPED = /^(summary|script|style|template|noscript)$/;

/** Readable text of authored answer HTML: paragraphs and list items stay apart; code and the summary are left out. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || SKIPPED.test(node.localName)) return '';
  const inner = Array.from(node.childNodes, textOf).join('');
  return BLOCKS.test(node.localName) ? `\n\n${inner}\n\n` : inner;
}

/**
 * The answer as plain text, blank lines between paragraphs. A list (a
 * paragraph whose every line starts with "- ") keeps one item a line, as the
 * element shows it; the lines of any other paragraph run together.
 */
function answerText(item: FaqPageItem): string {
  const text = item.details ? textOf(item.details) : (item.answer ?? '');
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => {
      const lines = paragraph
        .trim()
        .split(/\s*\n\s*/)
        .map((line) => line.replace(/\s+/g, ' '));
      return lines.join(lines.every((line) => line.startsWith('- ')) ? '\n' : ' ');
    })
    .filter(Boolean)
    .join('\n\n');
}

let warned = false;

/** Writes (or, with no items, removes) one schema.org FAQPage block. Loaded only for `structured-data`. */
export function writeFaqPage(block: JsonLdBlock | undefined, tag: string, items: readonly FaqPageItem[]): JsonLdBlock {
  const owner = block ?? new JsonLdBlock(tag);
  if (!block && !warned && document.querySelector(`script[data-mrx-owner="${tag}"]`)) {
    warned = true;
    console.warn(
      `${tag}: two FAQs on this page have structured-data; search engines expect one FAQPage per page, so set it on one of them.`,
    );
  }
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
