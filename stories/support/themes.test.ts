import { expect } from '@open-wc/testing';
import { checks, contrast, THEMES, themeCss } from './themes.js';

describe('Storybook brand presets', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    // WCAG's own example pair: #767676 on white is just over 4.5.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  for (const theme of THEMES) {
    it(`${theme.name} keeps WCAG 2.2 AA contrast`, () => {
      for (const { what, fg, bg, min } of checks(theme)) expect(contrast(fg, bg), `${what}: ${fg} on ${bg}`).to.be.at.least(min);
    });
  }

  it('writes a CSS snippet of custom properties only', () => {
    expect(themeCss({ '--mrx-color-primary': '#8a3b12', '--mrx-radius': '1em' })).to.equal(
      ':root {\n  --mrx-color-primary: #8a3b12;\n  --mrx-radius: 1em;\n}',
    );
    expect(themeCss({})).to.equal('/* The defaults: nothing to set. */');
  });
});
