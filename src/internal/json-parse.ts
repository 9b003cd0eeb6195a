import { describeValue } from './describe-value.js';
import { reportError } from './errors.js';

/**
 * Parses a JSON configuration child's text. Returns `undefined` (after one
 * console.error) when it does not parse. The text is only ever given to
 * JSON.parse, never to the HTML parser. Kept apart from json-config.ts so
 * elements load it only when a JSON child exists.
 */
export function parseJsonText(text: string, tag: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    reportError(
      tag,
      `the <script type="application/json"> child is not valid JSON (${(error as Error).message}): ${describeValue(text.trim())}`,
    );
    return undefined;
  }
}
