import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MrxFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { settle, upgraded } from './support/drive.js';

interface Args {
  'heading-level': number;
  single: boolean;
  lang?: string;
}

const SNIPPET = `Paste into any page (after the script tag from the README):

\`\`\`html
<mrx-faq-accordion heading-level="3">
  <details id="morning-stiffness">
    <summary>Why is my back stiff in the morning?</summary>
    <p>Your back has kept still for hours…</p>
  </details>
</mrx-faq-accordion>
\`\`\`

Without JavaScript the \`<details>\` still open and close. With no children the element shows the built-in morning-back-pain FAQ in its language.`;

const meta: Meta<Args> = {
  title: 'Widgets/FAQ accordion',
  component: 'mrx-faq-accordion',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: SNIPPET } } },
  args: { 'heading-level': 3, single: false },
  render: ({ 'heading-level': level, single, lang }) =>
    html`<mrx-faq-accordion heading-level=${level} ?single=${single} lang=${ifDefined(lang)}></mrx-faq-accordion>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No children: the built-in FAQ in the container's language (switch it in the toolbar). */
export const BuiltIn: Story = {};

/** Authored `<details>`: readable and crawlable before and without JavaScript. */
export const AuthoredDetails: Story = {
  render: ({ 'heading-level': level, single }) =>
    html`<mrx-faq-accordion heading-level=${level} ?single=${single}>
      <details id="morning-stiffness">
        <summary>Why is my back stiff in the morning?</summary>
        <p>Your back has kept still for hours. Joints and muscles need a few minutes of movement to warm up again.</p>
      </details>
      <details id="does-rest-help" open>
        <summary>Will more rest help?</summary>
        <p>Usually not: gentle, normal activity tends to help more than staying in bed.</p>
        <ul>
          <li>Walk a little, often.</li>
          <li>Break up long spells of sitting.</li>
        </ul>
      </details>
    </mrx-faq-accordion>`,
};

/** A JSON child: plain-text answers, never parsed as HTML (blank line = new paragraph). */
export const JsonContent: Story = {
  render: ({ 'heading-level': level, single }) =>
    html`<mrx-faq-accordion heading-level=${level} ?single=${single}>
      <script type="application/json">
        [
          { "id": "hours", "question": "When are you open?", "answer": "Weekdays 7 AM to 7 PM.\\n\\nSaturdays 8 AM to noon." },
          { "question": "Do I need a referral?", "answer": "Not for a first assessment. <b>Tags stay text.</b>" }
        ]
      </script>
    </mrx-faq-accordion>`,
};

/** `single`: opening one answer closes the others. */
export const SingleMode: Story = {
  args: { single: true },
  play: async ({ canvasElement }) => {
    const el = await upgraded<MrxFaqAccordion>(canvasElement, 'mrx-faq-accordion', 'button');
    el.expand('why-stiff-in-the-morning');
    el.expand('does-more-rest-help');
    await settle(el);
  },
};

/** A link to `#id` opens that answer and scrolls it into view. */
export const DeepLinkedItem: Story = {
  play: async ({ canvasElement }) => {
    const el = await upgraded<MrxFaqAccordion>(canvasElement, 'mrx-faq-accordion', 'button');
    // What a visitor following …/faq#does-more-rest-help gets.
    history.replaceState(null, '', '#does-more-rest-help');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    history.replaceState(null, '', location.pathname + location.search);
  },
};

/** `lang="es"` on the element (or any ancestor): the built-in Spanish FAQ. */
export const Spanish: Story = {
  args: { lang: 'es' },
};

/** Broken JSON: one console.error naming the problem, and the built-in FAQ instead of a blank hole. */
export const BadJson: Story = {
  tags: ['expect-errors'],
  render: () =>
    html`<mrx-faq-accordion>
      <script type="application/json">
        [{ "question": "Missing answer" }
      </script>
    </mrx-faq-accordion>`,
};
