import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { EXAMPLE } from '../test-support/clinics.js';
import { ConsoleSpy } from '../test-support/console.js';
import {
  deepActiveElement,
  deepElementFromPoint,
  geolocation,
  browserName,
  matchSnapshot,
  nextFrame,
  settled,
  until,
} from '../test-support/page.js';
import { BASELINE } from '../test-support/quiz-answers.js';
import { QUESTIONS, type Answers, type Outcome, type Urgency } from '../stiffness-quiz/engine.js';
import type { MrxStiffnessQuiz } from '../stiffness-quiz/stiffness-quiz.js';
import type { MrxLocationCta } from '../location-cta/location-cta.js';
import '../stiffness-quiz/stiffness-quiz.js';
import '../faq-accordion/faq-accordion.js';
import '../location-cta/location-cta.js';

// Keyboard-only journeys through the three widgets, as a reader who uses no
// mouse takes them: real key presses, and after each one the element that has
// focus, said the way a screen reader says it (role, name, state). The full-width
// sequence of each journey is pinned per browser under
// src/pinned/snapshots/keyboard-journeys/<browser>/; at 320 px wide and at 200%
// text size the same keys must give the same sequence. At every step of every
// run the focused element must be on screen and not covered, the page must not
// scroll sideways, and no two controls may overlap.

/** How the page is shown: the viewport, and the text size set on the fixture's container. */
interface Layout {
  name: string;
  width: number;
  height: number;
  fontSize?: string;
}
const WIDE: Layout = { name: 'full width', width: 800, height: 600 };
const NARROW: Layout = { name: '320 px', width: 320, height: 640 };
const LARGE_TEXT: Layout = { name: '200% text', width: 800, height: 600, fontSize: '200%' };

/** What one run of a journey saw: a line per step, the font size of the focused element's text at each step (0 outside the widget), and what was wrong on screen. */
interface Run {
  lines: string[];
  fontSizes: number[];
  problems: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The role a screen reader announces: the explicit one, else the element's implicit role. */
function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  if (el instanceof HTMLAnchorElement) return el.hasAttribute('href') ? 'link' : 'generic';
  if (el instanceof HTMLInputElement)
    return el.type === 'radio' || el.type === 'checkbox' ? el.type : /^(button|submit|reset)$/.test(el.type) ? 'button' : 'textbox';
  if (el instanceof HTMLSelectElement) return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
  if (/^h[1-6]$/.test(el.localName)) return 'heading';
  if (el === document.body) return 'document';
  return { button: 'button', summary: 'button', textarea: 'textbox' }[el.localName] ?? el.localName;
}

/** The text of `node` as part of a name: slotted content included, aria-hidden and `hidden` parts and `skip` (the labelled control itself) left out. */
function textOf(node: Node, skip?: Element): string {
  if (node === skip) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || (node instanceof HTMLElement && node.hidden)) return '';
  const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : Array.from(node.childNodes);
  return children.map((child) => textOf(child, skip)).join('');
}

/** aria-label, else the aria-labelledby elements' text, else the <label>'s text (without the control), else the element's own text. */
function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby')?.trim();
  const root = el.getRootNode() as Document | ShadowRoot;
  if (ids)
    return squash(
      ids
        .split(/\s+/)
        .map((id) => textOf(root.getElementById(id) ?? document.createTextNode('')))
        .join(' '),
    );
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return squash(Array.from(labels, (labelElement) => textOf(labelElement, el)).join(' '));
  return squash(textOf(el));
}

/** The states said after the name: checked, expanded, a list's chosen value. */
function statesOf(el: Element): string[] {
  const states: string[] = [];
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
    states.push(el.checked ? 'checked' : 'not checked');
  const expanded = el.getAttribute('aria-expanded');
  if (expanded) states.push(expanded === 'true' ? 'expanded' : 'collapsed');
  if (el instanceof HTMLSelectElement) states.push(`value "${squash(el.selectedOptions[0]?.textContent ?? '')}"`);
  return states;
}

/** `button "Start the check"`, `checkbox "None of these" (checked)`: the focused element as a reader hears it. */
function spoken(el: Element | null): string {
  if (!el) return 'nothing';
  const name = nameOf(el);
  const states = statesOf(el);
  return [
    roleOf(el),
    ...(name && el !== document.body ? [JSON.stringify(name)] : []),
    ...(states.length ? [`(${states.join(', ')})`] : []),
  ].join(' ');
}

/** A short description of an element, for failure messages: `button "Next" in mrx-stiffness-quiz`. */
function described(el: Element | null): string {
  if (!el) return 'nothing';
  const host = (el.getRootNode() as ShadowRoot).host;
  const classes = el.classList.length ? '.' + Array.from(el.classList).join('.') : '';
  return `<${el.localName}${classes}> ${JSON.stringify(squash(textOf(el)).slice(0, 40))}${host ? ` in <${host.localName}>` : ''}`;
}

/** True when `inner` is `outer` or inside it, across shadow boundaries. */
function within(inner: Node | null, outer: Element): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === outer) return true;
  return false;
}

/** Every control a reader can reach or press under `root`, shadow roots included, that is drawn (closed FAQ answers are not). */
function controls(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])') && el.checkVisibility())
      found.push(el);
    if (el.shadowRoot) found.push(...controls(el.shadowRoot));
  }
  return found;
}

const px = (n: number) => `${Math.round(n * 10) / 10}`;
const box = (r: DOMRect) => `x ${px(r.left)}-${px(r.right)}, y ${px(r.top)}-${px(r.bottom)}`;

/**
 * Everything wrong with what the reader sees at this step: the page or the
 * widget scrolling sideways, the focused element empty, off the side of the
 * viewport or covered at its centre (once scrolled to the middle), two controls overlapping.
 */
function layoutProblems(focused: Element | null, page: Element, widget: HTMLElement): string[] {
  if (!(focused instanceof HTMLElement) || focused === document.body) return [`focus is on ${described(focused)}`];
  const problems: string[] = [];
  focused.scrollIntoView({ block: 'center', inline: 'nearest' });
  const viewport = document.documentElement.clientWidth;
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > innerWidth || scrollWidth > viewport)
    problems.push(`the page scrolls sideways: scrollWidth ${scrollWidth} > ${viewport} px`);
  if (widget.scrollWidth > widget.clientWidth)
    problems.push(`<${widget.localName}> overflows: scrollWidth ${widget.scrollWidth} > clientWidth ${widget.clientWidth}`);
  const rect = focused.getBoundingClientRect();
  if (!rect.width || !rect.height) problems.push(`${described(focused)} has no size (${px(rect.width)} x ${px(rect.height)})`);
  if (rect.left < 0 || rect.right > viewport) problems.push(`${described(focused)} is cut off: ${box(rect)}, viewport 0-${viewport}`);
  // A link that wraps onto two lines has no ink at the centre of its bounding box: test its first line.
  const fragments = focused.getClientRects();
  const target = fragments.length > 1 ? fragments[0] : rect;
  const [x, y] = [target.left + target.width / 2, target.top + target.height / 2];
  const hit = deepElementFromPoint(x, y);
  if (!within(hit, focused))
    problems.push(`${described(focused)} is covered: at its centre (${px(x)}, ${px(y)}) the top element is ${described(hit)}`);
  const reachable = controls(page);
  for (const [i, a] of reachable.entries()) {
    for (const b of reachable.slice(i + 1)) {
      for (const ra of Array.from(a.getClientRects())) {
        for (const rb of Array.from(b.getClientRects())) {
          const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (overlapX > 0.5 && overlapY > 0.5) problems.push(`${described(a)} (${box(ra)}) overlaps ${described(b)} (${box(rb)})`);
        }
      }
    }
  }
  return problems;
}

/** One run of a journey: presses keys and writes down, after each, what has focus and what is wrong on screen. */
class Walk {
  readonly run: Run = { lines: [], fontSizes: [], problems: [] };

  constructor(
    readonly page: HTMLElement,
    readonly widget: HTMLElement,
  ) {}

  /** Puts focus on the page's first button, the journey's starting point. */
  async start(): Promise<void> {
    this.page.querySelector('button')!.focus();
    await nextFrame();
    this.#note('start');
  }

  /** Presses `key` ('Shift+Tab' holds Shift), waits for `ready` and the widget to settle, and notes the step. */
  async press(key: string, ready?: () => boolean): Promise<void> {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: key });
    }
    if (ready) await until(ready, 10000);
    await settled(this.widget);
    await nextFrame();
    this.#note(key === ' ' ? 'Space' : key);
  }

  /** Presses `key` as often as it takes for `done` to hold for the focused element (`what` it is), at most `limit` times. */
  async pressUntil(key: string, what: string, done: (focused: Element | null) => boolean, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (done(deepActiveElement())) return;
      await this.press(key);
    }
    throw new Error(`${key} pressed ${limit} times without reaching ${what}; last steps:\n${this.run.lines.slice(-6).join('\n')}`);
  }

  /** The focused element, when it is inside the widget. */
  focusedInWidget(): Element | null {
    const focused = deepActiveElement();
    return within(focused, this.widget) ? focused : null;
  }

  #note(key: string): void {
    const focused = deepActiveElement();
    const line = `${key} -> ${spoken(focused)}`;
    this.run.lines.push(line);
    // The text that names it: a radio's or checkbox's label (the box itself keeps the platform's size).
    const text = (focused as HTMLInputElement | null)?.labels?.[0] ?? focused;
    this.run.fontSizes.push(within(focused, this.widget) ? parseFloat(getComputedStyle(text!).fontSize) : 0);
    for (const problem of layoutProblems(focused, this.page, this.widget))
      this.run.problems.push(`step ${this.run.lines.length} (${line}): ${problem}`);
  }
}

interface Journey {
  /** The widget's markup; the journey adds a button before and after it. */
  markup: string;
  /** What the buttons around it say: "Before the check", "After the check". */
  around: string;
  /** Configures the widget once it is on the page. */
  setUp?: (widget: HTMLElement) => Promise<void>;
  walk: (walk: Walk) => Promise<void>;
}

/** Shows `journey` in `layout`, walks it and returns what it saw; leaves the page as it was. */
async function runJourney(journey: Journey, layout: Layout): Promise<Run> {
  await setViewport({ width: layout.width, height: layout.height });
  const spy = new ConsoleSpy();
  try {
    const size = layout.fontSize ? ` style="font-size: ${layout.fontSize}"` : '';
    const page = await fixture<HTMLElement>(
      `<div${size}><button type="button">Before ${journey.around}</button>${journey.markup}<button type="button">After ${journey.around}</button></div>`,
    );
    const widget = page.children[1] as HTMLElement;
    await journey.setUp?.(widget);
    const walk = new Walk(page, widget);
    await journey.walk(walk);
    expect(spy.errors, 'console errors').to.deep.equal([]);
    expect(spy.warnings, 'console warnings').to.deep.equal([]);
    return walk.run;
  } finally {
    spy.restore();
    fixtureCleanup();
    scrollTo(0, 0);
    await setViewport({ width: WIDE.width, height: WIDE.height });
  }
}

// ---------------------------------------------------------------------------
// The quiz: from the introduction to each outcome, then through the result.

type Choice = string | readonly string[];

/**
 * Answers the question on screen with keys only: Tab into the group, Space or
 * arrows, Tab on until Next (with `pastNext`, on to Back and back again), Enter.
 */
async function answer(walk: Walk, quiz: MrxStiffnessQuiz, choice: Choice, pastNext = false): Promise<void> {
  const id = quiz.shadowRoot!.querySelector('input')!.name;
  const question = QUESTIONS.find((q) => q.id === id)!;
  const options = question.options as readonly string[];
  if (question.kind === 'single') {
    const target = options.indexOf(choice as string);
    await walk.press('Tab');
    // Tab lands on the group's checked radio, or its first: arrows from there select.
    const from = Math.max(0, options.indexOf((walk.focusedInWidget() as HTMLInputElement).value));
    if (target === from) await walk.press(' ');
    for (let i = from; i < target; i++) await walk.press('ArrowDown');
  } else {
    let position = -1;
    for (const index of [choice]
      .flat()
      .map((value) => options.indexOf(value))
      .sort((a, b) => a - b)) {
      for (; position < index; position++) await walk.press('Tab');
      await walk.press(' ');
    }
  }
  // Next, or "See my result" on the last question: the form's submit button.
  await walk.pressUntil(
    'Tab',
    `the Next button of ${id}`,
    (focused) => within(focused, walk.widget) && !!focused?.matches('form button.primary'),
    options.length + 3,
  );
  if (pastNext) {
    await walk.press('Tab');
    await walk.press('Shift+Tab');
  }
  await walk.press('Enter');
}

function quizJourney(answers: Answers, expected: { outcome: Outcome; urgency?: Urgency }, end: 'change' | 'start-again'): Journey {
  return {
    markup: '<mrx-stiffness-quiz clinic-name="MotionRx Tampa" booking-url="https://example.com/book"></mrx-stiffness-quiz>',
    around: 'the check',
    setUp: (quiz) => until(() => !!quiz.shadowRoot?.querySelector('h2')),
    async walk(walk) {
      const quiz = walk.widget as MrxStiffnessQuiz;
      const after = walk.page.lastElementChild!;
      await walk.start();
      await walk.press('Tab');
      await walk.press('Enter');
      while (quiz.shadowRoot!.querySelector('input')) {
        const id = quiz.shadowRoot!.querySelector('input')!.name as keyof Answers;
        await answer(walk, quiz, answers[id] as Choice, id === 'age');
      }
      expect({ outcome: quiz.result?.outcome, urgency: quiz.result?.urgency }, 'the outcome reached').to.deep.equal({
        urgency: undefined,
        ...expected,
      });
      // Every link and button of the result, in order, and on out of the widget.
      await walk.pressUntil('Tab', 'the button after the check', (focused) => focused === after);
      await walk.press('Shift+Tab');
      if (end === 'change') {
        await walk.press('Shift+Tab');
        await walk.press('Enter');
        // The answers are still there: the first option says whether it is chosen.
        await walk.press('Tab');
      } else {
        await walk.press('Enter');
        await walk.press('Tab');
      }
    },
  };
}

const answers = (changes: Partial<Record<keyof Answers, Choice>>): Answers => ({ ...BASELINE, ...changes }) as Answers;

// ---------------------------------------------------------------------------
// The FAQ: arrows between questions, Enter and Space, into an open answer's links, out.

const faqJourney: Journey = {
  markup: `<mrx-faq-accordion>
    <details id="rest"><summary>Will more rest help?</summary><p>Usually not: gentle, normal activity helps more. <a href="#keep-moving">Ways to keep moving</a></p></details>
    <details id="doctor"><summary>When should I see a doctor first?</summary><p>If a warning sign applies. <a href="#check">Take the stiffness check</a> or <a href="#call">call the clinic</a>.</p></details>
    <details id="water"><summary>Does drinking water help?</summary><p>It is good for you.</p></details>
    <details id="pt"><summary>How does physical therapy help?</summary><p>An assessment first, then exercise.</p></details>
  </mrx-faq-accordion>`,
  around: 'the FAQ',
  setUp: (faq) => until(() => (faq.shadowRoot?.querySelectorAll('button').length ?? 0) === 4),
  async walk(walk) {
    await walk.start();
    for (const key of ['Tab', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'Home', 'End'])
      await walk.press(key);
    // Open and close the last answer, then the first with its link, and the second with two.
    for (const key of ['Enter', ' ', 'Home', 'Enter', 'Tab', 'Tab', ' ', 'Tab', 'Tab', 'Tab']) await walk.press(key);
    // Back up through the open answers to the first question, close it, and Tab out of the FAQ.
    for (const key of ['Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Enter']) await walk.press(key);
    await walk.pressUntil('Tab', 'the button after the FAQ', (focused) => focused === walk.page.lastElementChild);
    await walk.press('Shift+Tab');
  },
};

// ---------------------------------------------------------------------------
// The location CTA with two clinics: the picker, each action, the nearest clinic.

/**
 * Cancels link navigation (tel:, maps, booking) on the test page, before the
 * widget's own listeners; the press still counts. Links only: arrow keys on a
 * radio and Space on a checkbox are clicks too, and cancelling those unticks them.
 */
const stopNavigation = (event: Event) => {
  if (event.composedPath().some((target) => target instanceof HTMLAnchorElement && target.hasAttribute('href'))) event.preventDefault();
};

const locationJourney: Journey = {
  markup: `<mrx-location-cta><script type="application/json">${JSON.stringify(EXAMPLE)}</script></mrx-location-cta>`,
  around: 'the clinics',
  setUp: (cta) => until(() => !!cta.shadowRoot?.querySelector('[part~="base"]')),
  async walk(walk) {
    const cta = walk.widget as MrxLocationCta;
    const part = (name: string) => cta.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim();
    const actions: string[] = [];
    cta.addEventListener('mrx-cta-click', (event) => actions.push(event.detail.action));
    await walk.start();
    await walk.press('Tab');
    // Another clinic from the closed list: ArrowDown chooses the next one.
    await walk.press('ArrowDown', () => part('name') === 'MotionRx Clearwater');
    for (const key of ['Tab', 'Tab', 'Enter', 'Tab', 'Enter', 'Tab', 'Enter', 'Tab']) await walk.press(key);
    expect(actions, 'call, directions and book were each pressed once').to.deep.equal(['call', 'directions', 'book']);
    // Back to "Find the nearest clinic": the position (near Tampa) picks Tampa again.
    for (const key of ['Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) await walk.press(key);
    await walk.press('Enter', () => part('note') === 'Nearest clinic: MotionRx Tampa.');
    await walk.press('Shift+Tab');
    await walk.pressUntil('Tab', 'the button after the clinics', (focused) => focused === walk.page.lastElementChild);
  },
};

// ---------------------------------------------------------------------------

const JOURNEYS: Record<string, Journey> = {
  'quiz-urgent': quizJourney(answers({ emergency: ['saddle'] }), { outcome: 'urgent' }, 'change'),
  'quiz-today': quizJourney(answers({ warning: ['fever'] }), { outcome: 'see-doctor', urgency: 'today' }, 'change'),
  'quiz-soon': quizJourney(answers({ warning: ['cancer'] }), { outcome: 'see-doctor', urgency: 'soon' }, 'change'),
  'quiz-routine': quizJourney(
    answers({ easeTime: '30to60', relief: 'moveNotRest', duration: 'gt3m' }),
    { outcome: 'see-doctor', urgency: 'routine' },
    'change',
  ),
  'quiz-mechanical': quizJourney(BASELINE, { outcome: 'mechanical' }, 'start-again'),
  faq: faqJourney,
  location: locationJourney,
};

/** Each journey's full-width run, shared by its three tests (whichever runs first walks it). */
const wideRuns = new Map<string, Promise<Run>>();
const wideRun = (name: string) => {
  if (!wideRuns.has(name)) wideRuns.set(name, runJourney(JOURNEYS[name], WIDE));
  return wideRuns.get(name)!;
};

describe('keyboard-only journeys', () => {
  beforeEach(async () => {
    addEventListener('click', stopNavigation, true);
    // Near MotionRx Tampa: "Find the nearest clinic" picks it without a prompt.
    await geolocation({ permission: 'granted', position: { latitude: 27.9, longitude: -82.4 } });
  });
  afterEach(async () => {
    removeEventListener('click', stopNavigation, true);
    await geolocation({ permission: 'prompt' });
  });

  for (const name of Object.keys(JOURNEYS)) {
    describe(name, () => {
      it('full width: the focus sequence is pinned, nothing cut off or overlapping', async function () {
        this.timeout(180000);
        const wide = await wideRun(name);
        await matchSnapshot(`keyboard-journeys/${browserName}/${name}`, wide.lines.join('\n'));
        expect(wide.problems, 'layout problems at full width').to.deep.equal([]);
      });

      it('320 px wide: the same focus sequence, nothing cut off or overlapping', async function () {
        this.timeout(360000);
        const wide = await wideRun(name);
        const narrow = await runJourney(JOURNEYS[name], NARROW);
        expect(narrow.lines, 'focus sequence at 320 px (expected: at full width)').to.deep.equal(wide.lines);
        expect(narrow.problems, 'layout problems at 320 px').to.deep.equal([]);
      });

      it('200% text: the widget text doubles, the same focus sequence, nothing cut off or overlapping', async function () {
        this.timeout(360000);
        const wide = await wideRun(name);
        const large = await runJourney(JOURNEYS[name], LARGE_TEXT);
        expect(large.lines, 'focus sequence at 200% text (expected: at full width)').to.deep.equal(wide.lines);
        // Every focused element inside the widget is drawn at twice the size.
        const ratios = large.fontSizes.flatMap((size, step) =>
          size ? [`${large.lines[step]}: x${Math.round((size / wide.fontSizes[step]) * 100) / 100}`] : [],
        );
        expect(ratios, 'text size of each focused element, against full width').to.deep.equal(
          ratios.map((line) => line.replace(/x[\d.]+$/, 'x2')),
        );
        expect(large.problems, 'layout problems at 200% text').to.deep.equal([]);
      });
    });
  }
});
