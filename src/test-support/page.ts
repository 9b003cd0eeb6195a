import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Opens `path` in a new tab of this browser (a real navigation, unlike
 * setting location.hash), waits until the expression `waitFor` is true
 * there and returns what the function body `evaluate` returns. `timeout` (ms)
 * bounds the wait; `position` allows geolocation there, at that place.
 */
export function openPage<T>(path: string, evaluate: string, waitFor = 'true', options: { timeout?: number; position?: { latitude: number; longitude: number } } = {}): Promise<T> {
  return executeServerCommand<T, object>('mrx-open-page', { path, evaluate, waitFor, ...options });
}

/**
 * For openPage's `evaluate`: loads axe-core into that page and runs it on the
 * expression `target` (WCAG 2.2 AA and best practice), leaving the violations,
 * one line each ("rule: selectors"), in the constant `violations`.
 */
export const runAxe = (target: string) => `
  await new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    document.head.append(script);
  });
  const violations = (await axe.run(${target}, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })).violations
    .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));`;

/** A node of the browser's accessibility tree (puppeteer's snapshot). */
export interface AxNode {
  role: string;
  name?: string;
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** The test page's accessibility tree, as screen readers get it. Chromium only (needs CDP). */
export const accessibilityTree = () => executeServerCommand<AxNode, object>('mrx-a11y-tree');

/** Turns forced-colours emulation on ('active') or off ('none'). Chromium only (needs CDP). */
export const forcedColors = (value: 'active' | 'none') => executeServerCommand<boolean, object>('mrx-forced-colors', { value });

/** Geolocation as the test runner fakes it: the permission, a position, or (Chromium only) no position at all. */
export const geolocation = (options: { permission: 'granted' | 'denied' | 'prompt'; position?: { latitude: number; longitude: number }; unavailable?: boolean }) =>
  executeServerCommand<boolean, object>('mrx-geolocation', options);

/**
 * Prints the test page to PDF on `format` paper, as the browser's print dialog
 * would, and returns the text of each page; `save` also writes the PDF there, to look at.
 */
export const printToPdf = (format: 'letter' | 'a4', save?: string) => executeServerCommand<string[], object>('mrx-print', { format, save });

/** Emulates print media (true), or none (false). Chromium only (needs CDP). */
export const emulatePrintMedia = (on: boolean) => executeServerCommand<boolean, object>('mrx-print-media', { on });

/**
 * Compares `content` with the committed snapshot `name` (a path under
 * src/pinned/snapshots/, without .txt) and fails on any difference, showing it;
 * `npm run update-snapshots` writes it instead.
 */
export async function matchSnapshot(name: string, content: string): Promise<void> {
  const result = await executeServerCommand<{ status: 'same' | 'written' | 'different' | 'missing'; file?: string; expected?: string | null }, object>('mrx-snapshot', {
    name,
    content,
  });
  if (result.status === 'missing') throw new Error(`snapshot ${name} is not committed yet: run npm run update-snapshots and review ${result.file}`);
  if (result.status === 'different') {
    const error = new Error(`snapshot ${name} changed (${result.file}); if the change is meant, run npm run update-snapshots and review the diff`);
    Object.assign(error, { expected: result.expected, actual: content.endsWith('\n') ? content : `${content}\n`, showDiff: true });
    throw error;
  }
}

/** Every node of a tree, depth first. */
export const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

/** Which browser runs the test, for the few features one of them lacks. */
export const isFirefox = navigator.userAgent.includes('Firefox');

/** Waits for the next two animation frames: style, layout and paint have happened. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Resolves once `check` returns true (polled each frame), or rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms: ${check}`);
    await nextFrame();
  }
}

/** Waits for a Lit element's update and every animation in its shadow root: what axe should see. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
}
