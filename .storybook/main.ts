// Storybook for designers and partner brands: `npm run storybook` (port 6006),
// `npm run build-storybook` (storybook-static/). Stories live in stories/ and
// render the real elements from src/; the API tables come from
// dist/custom-elements.json, which `npm run build` writes first.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The demo's fictional clinics, for the location CTA's `src` stories.
  staticDirs: [{ from: '../demo', to: '/demo' }],
};

export default config;
