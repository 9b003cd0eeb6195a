import { expect } from 'chai';
import { slugify } from './slug.js';

describe('slugify()', () => {
  const cases: [string, string][] = [
    ['Why is my back stiff?', 'why-is-my-back-stiff'],
    ['  Does MORE rest help -- or not?  ', 'does-more-rest-help-or-not'],
    ['¿Cuándo debo ver a un médico?', 'cuando-debo-ver-a-un-medico'],
    ['Ça va? Ñandú über', 'ca-va-nandu-uber'],
    ['100% better in 2 weeks', '100-better-in-2-weeks'],
    ['???', 'item'],
    ['', 'item'],
    ['腰痛', 'item'],
  ];
  for (const [text, slug] of cases) {
    it(`"${text}" -> "${slug}"`, () => expect(slugify(text)).to.equal(slug));
  }

  it('stays at most 60 characters and never ends with a hyphen', () => {
    const slug = slugify(`${'word '.repeat(11)}x`);
    expect(slug.length).to.be.at.most(60);
    expect(slug.endsWith('-')).to.equal(false);
  });
});
