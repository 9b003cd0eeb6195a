import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { TAMPA } from '../src/test-support/clinics.js';
import { upgraded } from './support/drive.js';
import { checks, contrast, PROPERTIES, THEMES, themeCss, themeStyle, type Theme } from './support/themes.js';

const meta: Meta = {
  title: 'Theming',
  parameters: {
    docs: {
      description: {
        component:
          'Every widget reads the `--mrx-*` custom properties below, with its defaults as fallbacks (never set on the element, so your `:root` rules win), and exposes `::part()`s for the rest. A partner brand needs nothing else.',
      },
    },
  },
};
export default meta;

/** The three widgets, small, for a preview. */
const widgets = (quiz = true) =>
  html`<mrx-location-cta .locations=${{ locations: [TAMPA] }}></mrx-location-cta>
    ${quiz ? html`<mrx-stiffness-quiz clinic-name="Your Clinic" booking-url="https://example.com/book"></mrx-stiffness-quiz>` : nothing}
    <mrx-faq-accordion heading-level="3">
      <details id="stiff">
        <summary>Why is my back stiff in the morning?</summary>
        <p>Your back has kept still for hours.</p>
      </details>
      <details id="rest">
        <summary>Will more rest help?</summary>
        <p>Usually not: gentle activity helps more.</p>
      </details>
    </mrx-faq-accordion>`;

/** The custom properties and their defaults, and the parts of each widget. */
export const PropertiesAndParts: StoryObj = {
  render: () =>
    html`<table>
        <caption>
          Custom properties (set them on :root or any ancestor)
        </caption>
        <thead>
          <tr>
            <th scope="col">property</th>
            <th scope="col">default</th>
            <th scope="col">used for</th>
          </tr>
        </thead>
        <tbody>
          ${Object.entries(PROPERTIES).map(
            ([name, { default: value, use }]) =>
              html`<tr>
                <td><code>${name}</code></td>
                <td><code>${value}</code></td>
                <td>${use}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <table>
        <caption>
          Parts (style them with ::part())
        </caption>
        <tbody>
          <tr>
            <th scope="row">mrx-faq-accordion</th>
            <td><code>item heading button question icon panel</code></td>
          </tr>
          <tr>
            <th scope="row">mrx-stiffness-quiz</th>
            <td><code>base progress option button result safety-net summary</code></td>
          </tr>
          <tr>
            <th scope="row">mrx-location-cta</th>
            <td><code>base headline picker name address status actions button call directions book nearest note</code></td>
          </tr>
        </tbody>
      </table>`,
};

/**
 * The three presets side by side: MotionRx, a partner with its own colour, font
 * and radius, and a dark page. (The quiz is a landmark named "Morning back
 * stiffness check", and a page should have one: see it in each preset with the
 * Theme toolbar, or in the Brand builder.)
 */
export const BrandPresets: StoryObj = {
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem">
      ${THEMES.map(
        (theme) =>
          html`<section
            aria-label=${theme.name}
            style=${styleMap({ ...themeStyle(theme), display: 'grid', gap: '1rem', alignContent: 'start' })}
          >
            <h2 style="margin: 0; font-size: 1.1rem">${theme.name}</h2>
            ${widgets(false)}
            <pre style="margin: 0; white-space: pre-wrap"><code>${themeCss(theme.vars)}</code></pre>
          </section>`,
      )}
    </div>`,
};

/**
 * The keyboard focus ring in the current preset (Theme toolbar), on an FAQ
 * question focused as a keyboard would: a theme must never hide it
 * (`--mrx-focus-color`).
 */
export const FocusRing: StoryObj = {
  render: () => widgets(false),
  play: async ({ canvasElement }) => {
    const faq = await upgraded(canvasElement, 'mrx-faq-accordion', 'button');
    faq.shadowRoot!.querySelector('button')!.focus({ focusVisible: true });
  },
};

interface BuilderArgs {
  primary: string;
  onPrimary: string;
  text: string;
  surface: string;
  border: string;
  focus: string;
  font: string;
  radius: string;
}

/**
 * Pick colours, font and radius; the three widgets follow, and the CSS to paste
 * is below them. A pair that misses WCAG 2.2 AA contrast is named in a warning.
 */
export const BrandBuilder: StoryObj<BuilderArgs> = {
  args: {
    primary: '#0b5cad',
    onPrimary: '#ffffff',
    text: '#1b1f24',
    surface: '#ffffff',
    border: '#8a94a6',
    focus: '#0b5cad',
    font: 'inherit',
    radius: '0.5em',
  },
  argTypes: {
    primary: { control: 'color' },
    onPrimary: { control: 'color' },
    text: { control: 'color' },
    surface: { control: 'color' },
    border: { control: 'color' },
    focus: { control: 'color' },
    font: {
      control: 'select',
      options: ['inherit', 'Georgia, serif', '"Trebuchet MS", sans-serif', 'system-ui, sans-serif', 'ui-monospace, monospace'],
    },
    radius: { control: 'select', options: ['0', '0.25em', '0.5em', '1em', '1.5em'] },
  },
  render: (args) => {
    const theme: Theme = {
      id: 'custom',
      name: 'Your brand',
      page: { background: args.surface, color: args.text, font: args.font === 'inherit' ? 'system-ui, sans-serif' : args.font },
      vars: {
        '--mrx-color-primary': args.primary,
        '--mrx-color-on-primary': args.onPrimary,
        '--mrx-color-text': args.text,
        '--mrx-color-surface': args.surface,
        '--mrx-color-border': args.border,
        '--mrx-focus-color': args.focus,
        '--mrx-font-family': args.font,
        '--mrx-radius': args.radius,
      },
    };
    const hex = (color: string) => /^#[0-9a-f]{6}$/i.test(color);
    const failing = checks(theme).filter(({ fg, bg, min }) => hex(fg) && hex(bg) && contrast(fg, bg) < min);
    return html`<div style=${styleMap({ ...themeStyle(theme), display: 'grid', gap: '1rem' })}>
      ${
        failing.length
          ? html`<div role="alert" style="border: 2px solid currentColor; padding: 0.5rem 1rem">
              <strong>Below WCAG 2.2 AA contrast:</strong>
              <ul>
                ${failing.map(({ what, fg, bg, min }) => html`<li>${what}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1, needs ${min}:1</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${widgets()}
      <label style="display: grid; gap: 0.25rem"
        >CSS for your stylesheet
        <textarea readonly rows="10" style="font-family: ui-monospace, monospace">${themeCss(theme.vars)}</textarea>
      </label>
    </div>`;
  },
};
