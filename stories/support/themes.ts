import { contrast } from '../../demo/contrast.js';

export { contrast };

// Brand presets for Storybook: each is reached only through the widgets'
// public custom properties (plus the page's own colours and font), proof that
// a partner brand needs no fork.

/** The public custom properties, with the defaults the widgets fall back to. */
export const PROPERTIES = {
  '--mrx-color-primary': { default: '#0b5cad', use: 'Buttons, links, selected answers, the FAQ question on hover' },
  '--mrx-color-on-primary': { default: '#ffffff', use: 'Text on filled (primary) buttons' },
  '--mrx-color-text': { default: 'inherit', use: 'Text colour' },
  '--mrx-color-surface': { default: 'transparent', use: 'Background of each widget' },
  '--mrx-color-border': { default: '#8a94a6', use: 'Borders and dividers' },
  '--mrx-color-danger': { default: '#b3261e', use: 'The quiz’s urgent result' },
  '--mrx-color-open': { default: '#1a7f37', use: 'The location CTA’s open-now dot' },
  '--mrx-radius': { default: '0.5em (FAQ focus ring: 0.25em)', use: 'Corner radius' },
  '--mrx-font-family': { default: 'inherit', use: 'Font; the page’s by default' },
  '--mrx-focus-color': { default: '#0b5cad', use: 'Keyboard focus ring' },
} as const;

export type Property = keyof typeof PROPERTIES;

export interface Theme {
  id: string;
  name: string;
  /** The host page around the widgets. */
  page: { background: string; color: string; font: string };
  /** Only public custom properties. */
  vars: Partial<Record<Property, string>>;
}

export const THEMES: Theme[] = [
  {
    id: 'motionrx',
    name: 'MotionRx (default)',
    page: { background: '#ffffff', color: '#1b1f24', font: 'system-ui, sans-serif' },
    vars: {},
  },
  {
    id: 'partner',
    name: 'Partner: Harbor Physio',
    page: { background: '#fbf8f3', color: '#2b2118', font: 'Georgia, "Times New Roman", serif' },
    vars: {
      '--mrx-color-primary': '#8a3b12',
      '--mrx-color-on-primary': '#ffffff',
      '--mrx-color-border': '#8c7b6b',
      '--mrx-radius': '1.5em',
      '--mrx-font-family': '"Trebuchet MS", "Segoe UI", sans-serif',
      '--mrx-focus-color': '#8a3b12',
    },
  },
  {
    id: 'dark',
    name: 'Dark page',
    page: { background: '#121417', color: '#eef1f4', font: 'system-ui, sans-serif' },
    vars: {
      '--mrx-color-primary': '#8ec5ff',
      '--mrx-color-on-primary': '#0a1622',
      '--mrx-color-text': '#eef1f4',
      '--mrx-color-surface': '#1b1f24',
      '--mrx-color-border': '#7d8794',
      '--mrx-color-danger': '#ffb4ab',
      '--mrx-color-open': '#6fdd8b',
      '--mrx-focus-color': '#ffd166',
    },
  },
];

/** Inline style for a story container: the page's colours and font, and the theme's custom properties. */
export function themeStyle({ page, vars }: Theme): Record<string, string> {
  return { background: page.background, color: page.color, fontFamily: page.font, padding: '1rem', ...vars };
}

/** The CSS a partner pastes into their stylesheet for these properties. */
export function themeCss(vars: Theme['vars'], selector = ':root'): string {
  const lines = Object.entries(vars).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}` : '/* The defaults: nothing to set. */';
}

/** A colour pair a theme must keep legible, and the ratio WCAG 2.2 AA asks of it. */
export interface Check {
  what: string;
  fg: string;
  bg: string;
  min: number;
}

/** The pairs that matter for a theme: text, the primary colour as text and as a fill, borders as UI components. */
export function checks(theme: Theme): Check[] {
  const v = theme.vars;
  const bg = v['--mrx-color-surface'] && v['--mrx-color-surface'] !== 'transparent' ? v['--mrx-color-surface'] : theme.page.background;
  const text = v['--mrx-color-text'] && v['--mrx-color-text'] !== 'inherit' ? v['--mrx-color-text'] : theme.page.color;
  const primary = v['--mrx-color-primary'] ?? PROPERTIES['--mrx-color-primary'].default;
  return [
    { what: 'text on the background', fg: text, bg, min: 4.5 },
    { what: 'primary (links, outlined buttons) on the background', fg: primary, bg, min: 4.5 },
    {
      what: 'text on primary buttons',
      fg: v['--mrx-color-on-primary'] ?? PROPERTIES['--mrx-color-on-primary'].default,
      bg: primary,
      min: 4.5,
    },
    { what: 'borders on the background', fg: v['--mrx-color-border'] ?? PROPERTIES['--mrx-color-border'].default, bg, min: 3 },
    { what: 'focus ring on the background', fg: v['--mrx-focus-color'] ?? PROPERTIES['--mrx-focus-color'].default, bg, min: 3 },
  ];
}
