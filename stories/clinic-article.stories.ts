import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CLEARWATER, TAMPA } from '../src/test-support/clinics.js';

const meta: Meta = {
  title: 'Clinic article',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** All three widgets where the demo article (`npm start`) puts them; switch language, theme and direction in the toolbar. */
export const ClinicArticle: StoryObj = {
  render: () =>
    html`<main style="max-width: 42rem; margin: 0 auto; line-height: 1.6">
      <article>
        <h1>Why is my back stiff in the morning?</h1>
        <p>
          Plenty of people climb out of bed feeling stiff, then loosen up after breakfast. Here is what may be going on, what usually helps,
          and when to check with a doctor first.
        </p>
        <section aria-labelledby="check">
          <h2 id="check">Check your mornings</h2>
          <mrx-stiffness-quiz clinic-name="MotionRx Physical Therapy" cta-target="#find-clinic"></mrx-stiffness-quiz>
        </section>
        <section aria-labelledby="find-clinic">
          <h2 id="find-clinic">Looking for a physical therapy clinic?</h2>
          <p>If your mornings are stiff but you loosen up once you move, an assessment is a good next step.</p>
          <mrx-location-cta variant="banner" .locations=${{ locations: [TAMPA] }}></mrx-location-cta>
          <mrx-location-cta location="clearwater" .locations=${{ locations: [TAMPA, CLEARWATER] }}></mrx-location-cta>
        </section>
        <section aria-labelledby="faq">
          <h2 id="faq">Frequently asked questions</h2>
          <mrx-faq-accordion heading-level="3"></mrx-faq-accordion>
        </section>
      </article>
    </main>`,
};
