import { describeValue } from '../internal/describe-value.js';

/** One question as JSON configuration and the built-in packs give it. */
export interface FaqItem {
  /** Stable id used in `#id` links and events; a slug of the question when absent. */
  id?: string;
  question: string;
  /**
   * Plain text, never parsed as HTML. A blank line starts a new paragraph; a
   * paragraph whose every line starts with "- " is a bulleted list, one item a
   * line (`"Call if:\n\n- a fever\n- weight loss"`).
   */
  answer: string;
}

/**
 * Checks JSON configuration. Returns the items, or a message naming the
 * first bad field and its value.
 */
export function parseFaqItems(value: unknown): FaqItem[] | string {
  if (!Array.isArray(value)) return `expected an array of {"question", "answer"} objects, got ${describeValue(value)}`;
  if (value.length === 0) return 'the JSON array is empty';
  const items: FaqItem[] = [];
  for (const [index, entry] of value.entries()) {
    const at = `item [${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${at} must be an object, got ${describeValue(entry)}`;
    const { id, question, answer } = entry as Record<string, unknown>;
    if (typeof question !== 'string' || !question.trim()) return `${at}.question must be non-empty text, got ${describeValue(question)}`;
    if (typeof answer !== 'string') return `${at}.answer must be text, got ${describeValue(answer)}`;
    if (id !== undefined && (typeof id !== 'string' || !/^[A-Za-z][\w-]*$/.test(id)))
      return `${at}.id must start with a letter and hold only letters, digits, "-" and "_", got ${describeValue(id)}`;
    items.push(id === undefined ? { question: question.trim(), answer } : { id, question: question.trim(), answer });
  }
  return items;
}
