import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Opens `path` in a new tab of this browser (a real navigation, unlike
 * setting location.hash), waits until the expression `waitFor` is true
 * there and returns what the function body `evaluate` returns. `timeout` (ms)
 * bounds the wait; `position` allows geolocation there, at that place.
 */
export function openPage<T>(
  path: string,
  evaluate: string,
  waitFor = 'true',
  options: { timeout?: number; position?: { latitude: number; longitude: number } } = {},
): Promise<T> {
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
export const geolocation = (options: {
  permission: 'granted' | 'denied' | 'prompt';
  position?: { latitude: number; longitude: number };
  unavailable?: boolean;
}) => executeServerCommand<boolean, object>('mrx-geolocation', options);

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
  const result = await executeServerCommand<
    { status: 'same' | 'written' | 'different' | 'missing'; file?: string; expected?: string | null },
    object
  >('mrx-snapshot', {
    name,
    content,
  });
  if (result.status === 'missing')
    throw new Error(`snapshot ${name} is not committed yet: run npm run update-snapshots and review ${result.file}`);
  if (result.status === 'different') {
    const error = new Error(
      `snapshot ${name} changed (${result.file}); if the change is meant, run npm run update-snapshots and review the diff`,
    );
    Object.assign(error, { expected: result.expected, actual: content.endsWith('\n') ? content : `${content}\n`, showDiff: true });
    throw error;
  }
}

/** Every node of a tree, depth first. */
export const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

/** Which browser runs the test, for the few features one of them lacks. */
export const isFirefox = navigator.userAgent.includes('Firefox');
/** The browser the tests run in, by the name the other helpers and the snapshot files use. */
export const browserName: 'chromium' | 'firefox' = isFirefox ? 'firefox' : 'chromium';

/**
 * A test only one browser's driver can run: Chromium's DevTools protocol emulates forced colours, media
 * features and a failing geolocation and reads the accessibility tree, which Firefox's WebDriver BiDi cannot;
 * Firefox's `window.find()` reveals `hidden="until-found"`, Chromium's does not. Registered in that browser
 * alone, with the reason in its title, instead of being reported as skipped in the other.
 */
export function itIn(browser: 'chromium' | 'firefox', why: string, title: string, test: Mocha.AsyncFunc): void {
  if (browser === browserName) it(`${title} [${browser} only: ${why}]`, test);
}

/** Waits for the next two animation frames: style, layout and paint have happened. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Resolves once `check` returns true (polled each frame), or rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms: ${check.toString()}`);
    await nextFrame();
  }
}

/** Waits for a Lit element's update and every animation in its shadow root: what axe should see. */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
}

/** A node of Chromium's accessibility tree as `mrx-ax-tree` returns it: ignored nodes already replaced by their children. */
export interface AxTreeNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  /** The states that matter to a reader: level, expanded, checked, live, focusable, url... */
  properties: Record<string, string | number | boolean>;
  children: AxTreeNode[];
}

/**
 * Chromium's accessibility tree under the first element matching `selector`
 * (light DOM; the tree itself goes through shadow roots). Chromium only: the
 * command needs the DevTools protocol, which Firefox's WebDriver BiDi lacks.
 */
export async function axTree(selector = '[data-ax-root]'): Promise<AxTreeNode> {
  const tree = await executeServerCommand<AxTreeNode | { unsupported: string }, object>('mrx-ax-tree', { selector });
  if ('unsupported' in tree) throw new Error(`mrx-ax-tree: this browser has no accessibility tree to read: ${tree.unsupported}`);
  return tree;
}

/** A heading, control or live region as the browser's accessibility locator finds it, with the name its text gives it. */
export interface AxLocated {
  role: string;
  /** The name its text, label or aria-label gives it ('' for live regions and landmarks without a label). */
  name: string;
  /** Whether the browser's accessibility tree gives it exactly that name. */
  confirmed: boolean;
}

/**
 * The headings, controls (button, link, radio, checkbox, combobox) and live
 * regions under the first element matching `selector`, in reading order, as the
 * browser's accessibility locator finds them. Less than axTree() (no states,
 * no text), but it works over WebDriver BiDi too: Firefox's own roles and names.
 */
export async function axLocate(selector = '[data-ax-root]'): Promise<AxLocated[]> {
  const result = await executeServerCommand<{ located: AxLocated[] }, object>('mrx-ax-tree', { selector, locate: true });
  return result.located;
}

/** axLocate()'s list as lines: `- role "name"`, or the name the browser did not confirm. */
export const axLocatedText = (located: AxLocated[]) =>
  located
    .map(({ role, name, confirmed }) =>
      !name ? `- ${role}` : confirmed ? `- ${role} ${JSON.stringify(name)}` : `- ${role} [name is not ${JSON.stringify(name)}]`,
    )
    .join('\n');

/** Roles a reader reaches as controls: focusable goes without saying, so only its absence is shown. */
const WIDGET_ROLES = new Set(
  'button link checkbox radio combobox option textbox searchbox slider spinbutton switch tab menuitem'.split(' '),
);
/** Unnamed, these only hold other nodes: a label around its input, a legend around its heading, a select's popup. */
const WRAPPER_ROLES = new Set(['generic', 'none', 'LabelText', 'Legend', 'MenuListPopup']);
/** Shown as `[name=value]`, in this order; true as `[name]`, false left out (but for the two-sided states). */
const SHOWN_PROPERTIES = `level checked expanded pressed selected disabled required invalid readonly multiselectable modal hasPopup
  live atomic relevant busy focusable focused valuetext orientation autocomplete keyshortcuts roledescription`.split(/\s+/);
/** States shown both ways: a button that says "collapsed" is not a button that says nothing. */
const TWO_SIDED = new Set(['checked', 'expanded', 'pressed', 'selected']);

/** The `[state]` marks of a node. */
function shownStates(node: AxTreeNode): string[] {
  const states: string[] = [];
  for (const key of SHOWN_PROPERTIES) {
    // Tri-state tokens (checked, pressed, invalid) come as the strings "true", "false", "mixed".
    const raw = node.properties[key];
    const value = raw === 'true' ? true : raw === 'false' ? false : raw;
    if (key === 'focusable') {
      if (WIDGET_ROLES.has(node.role) ? value !== true : value === true) states.push(value === true ? 'focusable' : 'focusable=false');
    } else if (value === undefined || value === '' || value === false) {
      if (value === false && TWO_SIDED.has(key)) states.push(`${key}=false`);
    } else if (value === true) states.push(TWO_SIDED.has(key) ? `${key}=true` : key);
    // Every list item of a flat list is at level 1; a nested one is news.
    else if (!(key === 'level' && node.role === 'listitem' && value === 1)) states.push(`${key}=${value}`);
  }
  return states;
}

const squash = (text: string) => text.replace(/\s+/g, '');
const isWrapper = (node: AxTreeNode) =>
  WRAPPER_ROLES.has(node.role) && !node.name && !node.description && node.value === undefined && !shownStates(node).length;

/**
 * What a node holds, as a reader meets it: child nodes, and runs of text as
 * strings. Wrappers give way to what they hold; text a wrapper only repeats
 * from a control beside it (a label's words, already the input's name) is left out.
 */
function contents(node: AxTreeNode): (AxTreeNode | string)[] {
  const out: (AxTreeNode | string)[] = [];
  // Text nodes side by side (Lit renders each interpolation as one) are one run; Chromium trims
  // the edges of text inside an element, so runs that meet at an element's edge get a space.
  let glue = '';
  const add = (item: AxTreeNode | string) => {
    const previous = out.at(-1);
    if (typeof item === 'string' && typeof previous === 'string') out[out.length - 1] = previous + glue + item;
    else out.push(item);
    glue = '';
  };
  for (const child of node.children) {
    if (child.role === 'ListMarker' || child.role === 'InlineTextBox') continue;
    if (child.role === 'StaticText') add(child.name);
    else if (child.role === 'LineBreak') add('\n');
    else if (isWrapper(child)) {
      const inner = contents(child);
      const controls = new Set(inner.flatMap((item) => (typeof item === 'string' ? [] : [squash(item.name)])));
      glue = ' ';
      for (const item of inner) if (typeof item !== 'string' || !controls.has(squash(item))) add(item);
      glue = ' ';
    } else add(child);
  }
  return out.map((item) => (typeof item === 'string' ? item.replace(/\s+/g, ' ').trim() : item)).filter((item) => item !== '');
}

/**
 * An accessibility tree as indented text, in the manner of Playwright's aria
 * snapshots: `- role "name" [state]`, text as `- text: "…"` (or after the colon
 * when it is a node's only content), a link's target as `- /url: …`, a
 * description and a value as `- /description: "…"` and `- /value: "…"`.
 * Unnamed generic wrappers give way to their children, and text that only
 * repeats its node's name is left out, so the lines say what a screen reader says.
 */
export function axText(tree: AxTreeNode): string {
  const lines: string[] = [];
  const write = (node: AxTreeNode, depth: number) => {
    const indent = '  '.repeat(depth);
    const head = [`- ${node.role}`, node.name ? JSON.stringify(node.name) : '', ...shownStates(node).map((state) => `[${state}]`)]
      .filter(Boolean)
      .join(' ');
    const items = contents(node).filter((item) => typeof item !== 'string' || squash(item) !== squash(node.name));
    const extra = [
      ...(node.properties.url !== undefined ? [`/url: ${node.properties.url}`] : []),
      ...(node.description ? [`/description: ${JSON.stringify(node.description)}`] : []),
      ...(node.value !== undefined ? [`/value: ${JSON.stringify(node.value)}`] : []),
    ];
    if (!extra.length && items.length === 1 && typeof items[0] === 'string')
      return void lines.push(`${indent}${head}: ${JSON.stringify(items[0])}`);
    lines.push(items.length || extra.length ? `${indent}${head}:` : indent + head);
    for (const line of extra) lines.push(`${indent}  - ${line}`);
    for (const item of items) {
      if (typeof item === 'string') lines.push(`${indent}  - text: ${JSON.stringify(item)}`);
      else write(item, depth + 1);
    }
  };
  for (const item of isWrapper(tree) ? contents(tree) : [tree]) {
    if (typeof item === 'string') lines.push(`- text: ${JSON.stringify(item)}`);
    else write(item, 0);
  }
  return lines.join('\n');
}

/** The element that has focus, followed down through open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The topmost element drawn at (x, y), followed down through open shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}
