import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import { THEMES, themeStyle } from '../stories/support/themes.js';
import { MrxFaqAccordion, MrxLocationCta, MrxStiffnessQuiz } from '../src/index.js';

setCustomElementsManifest(manifest);

// Referenced, not just imported: package.json's sideEffects covers dist/ only,
// so a bare import of the sources would be tree-shaken away with the elements.
const ELEMENTS = { 'mrx-faq-accordion': MrxFaqAccordion, 'mrx-stiffness-quiz': MrxStiffnessQuiz, 'mrx-location-cta': MrxLocationCta };

// "Reduced motion" in the toolbar: what the widgets drop under
// prefers-reduced-motion (today only the FAQ chevron's turn), through the
// public part, since a page cannot switch that media query itself.
document.head.append(
  Object.assign(document.createElement('style'), {
    textContent: `.mrx-story[data-motion='reduce'] mrx-faq-accordion::part(icon) { transition: none; }`,
  }),
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang of their container)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Brand preset (custom properties only)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map(({ id, name }) => ({ value: id, title: name })),
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Motion: as the system asks, or reduced (what prefers-reduced-motion removes)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'system', title: 'Motion as the system asks' },
          { value: 'reduce', title: 'Reduced motion' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'motionrx', dir: 'ltr', motion: 'system' },
  // Every story starts with the three elements registered by this very copy.
  loaders: [
    async () => {
      for (const [tag, element] of Object.entries(ELEMENTS))
        if (customElements.get(tag) !== element) throw new Error(`<${tag}> is not the Storybook copy`);
      return {};
    },
  ],
  decorators: [
    // Every story sits in a container that carries the language, the direction and the brand,
    // exactly as a host page would: the widgets inherit them.
    (story, { globals }) => {
      const theme = THEMES.find(({ id }) => id === globals.theme) ?? THEMES[0]!;
      return html`<div
        class="mrx-story"
        lang=${globals.locale ?? 'en'}
        dir=${globals.dir ?? 'ltr'}
        data-motion=${globals.motion ?? 'system'}
        style=${styleMap(themeStyle(theme))}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
