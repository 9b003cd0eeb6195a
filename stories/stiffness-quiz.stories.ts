import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BASELINE } from '../src/test-support/quiz-answers.js';
import { runQuiz, tick, until, upgraded } from './support/drive.js';

interface Args {
  'clinic-name': string;
  'booking-url': string;
  'emergency-number': string;
  persist?: string;
  lang?: string;
}

const SNIPPET = `Paste into any page (after the script tag from the README):

\`\`\`html
<mrx-stiffness-quiz clinic-name="Your Clinic" booking-url="https://example.com/book">
  <p>This self-check needs JavaScript. If you have numbness around your bottom or genitals,
  new bladder or bowel trouble, or weakness in both legs, call 911 now.</p>
</mrx-stiffness-quiz>
\`\`\`

The triage rules are fixed (rules version 2026-12, see docs/triage-rules.md). Answers stay in the element's memory unless \`persist="session"\` is set, and never reach events or analytics. By default the events say nothing about the outcome; \`report-outcome\` opts in, and hands health data to the page's scripts.`;

const meta: Meta<Args> = {
  title: 'Widgets/Stiffness quiz',
  component: 'mrx-stiffness-quiz',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: SNIPPET } } },
  args: { 'clinic-name': 'MotionRx Physical Therapy', 'booking-url': 'https://example.com/book', 'emergency-number': '911' },
  render: (args) =>
    html`<mrx-stiffness-quiz
      id="storybook-quiz"
      clinic-name=${args['clinic-name']}
      booking-url=${args['booking-url']}
      emergency-number=${args['emergency-number']}
      persist=${ifDefined(args.persist)}
      lang=${ifDefined(args.lang)}
    ></mrx-stiffness-quiz>`,
};
export default meta;
type Story = StoryObj<Args>;

const quiz = (canvas: HTMLElement) => upgraded<HTMLElement & { updateComplete: Promise<unknown> }>(canvas, 'mrx-stiffness-quiz', 'h2');
const mechanical = { ...BASELINE };
/** The inflammatory pattern for more than 3 months. */
const seeDoctor = { ...BASELINE, easeTime: '30to60', relief: 'moveNotRest', duration: 'gt3m' };

/** The introduction: who it is for, that it is not a diagnosis, that answers stay on the device. */
export const Introduction: Story = {};

/** The first safety question: any of these signs stops the check at once. */
export const SafetyQuestion: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), mechanical, 'emergency'),
};

/** A multi-select with an exclusive "None of these": ticking it clears the others, and says so. */
export const ExclusiveNone: Story = {
  play: async ({ canvasElement }) => {
    const el = await quiz(canvasElement);
    await runQuiz(el, mechanical, 'warning');
    await tick(el, ['fever', 'cancer', 'none']);
  },
};

/** An emergency sign: "Get medical help now", a call link, and no booking anywhere. */
export const UrgentResult: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), { ...mechanical, emergency: ['bladderBowel'] }),
};

/** A fever (possible infection): contact a doctor today, no booking at all, the safety net and the summary. */
export const SeeDoctorToday: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), { ...mechanical, warning: ['fever'] }),
};

/** Cancer now or in the past: see a doctor within a day or two; booking is only a secondary link. */
export const SeeDoctorSoon: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), { ...mechanical, warning: ['cancer'] }),
};

/** An inflammatory pattern for over 3 months: see a doctor in the next few weeks, and ask about axial spondyloarthritis. */
export const SeeDoctorResult: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), seeDoctor),
};

/** Common mechanical stiffness: what physical therapy may work on, tips, the 4-6 week line, the safety net and "Book an assessment". */
export const MechanicalResult: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), mechanical),
};

/** The inflammatory pattern for under 3 months: common stiffness, with a note to watch for it. */
export const WatchPattern: Story = {
  play: async ({ canvasElement }) => runQuiz(await quiz(canvasElement), { ...seeDoctor, duration: '6wto3m' }),
};

/**
 * The summary for the doctor as it prints: every answer in words, the result and
 * its reasons, the clinic and the rules version. The element shows it alone from
 * the action until the print dialog closes; here the dialog is left out, so it stays.
 */
export const SummaryPrintView: Story = {
  play: async ({ canvasElement }) => {
    const el = await quiz(canvasElement);
    await runQuiz(el, { ...mechanical, warning: ['cancer'], factors: ['tightHips', 'afterSitting'] });
    const print = window.print;
    window.print = () => {};
    try {
      // The summary action is the result's last button, in any language.
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="result"] button')].at(-1)!.click();
      await until(() => !!el.shadowRoot!.querySelector('[part="summary"]'));
    } finally {
      window.print = print;
    }
  },
};

/** `lang="es"`: the Spanish copy, loaded on demand. */
export const Spanish: Story = {
  args: { lang: 'es' },
};

/**
 * `persist="session"`: progress survives a reload. The play function answers
 * three questions, then replaces the element with a fresh one (as a reload
 * would), which opens on the same question.
 */
export const Persisted: Story = {
  args: { persist: 'session' },
  play: async ({ canvasElement }) => {
    sessionStorage.clear();
    const el = await quiz(canvasElement);
    await runQuiz(el, mechanical, 'easeTime');
    const fresh = el.cloneNode() as typeof el;
    el.replaceWith(fresh);
    await quiz(canvasElement);
  },
};
