import { expect } from 'chai';
import { ConsoleSpy } from '../test-support/console.js';
import { checkOneOf, reportBadValue } from './attributes.js';

describe('attribute checks', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = new ConsoleSpy()));
  afterEach(() => spy.restore());

  it('reportBadValue says the rule, quotes the value as describeValue does, and says what happens instead', () => {
    reportBadValue('mrx-test', 'booking-url', 'must be an http(s) URL', 'javascript:alert(1)', 'it is ignored');
    reportBadValue('mrx-test', 'heading-level', 'must be 2 to 6', Infinity, 'using 3');
    expect(spy.errors).to.deep.equal([
      'mrx-test: booking-url must be an http(s) URL, got "javascript:alert(1)"; it is ignored.',
      'mrx-test: heading-level must be 2 to 6, got Infinity; using 3.',
    ]);
  });

  it('checkOneOf is silent for an unset or allowed value, and names the first allowed one as used otherwise', () => {
    checkOneOf('mrx-test', 'variant', null, ['card', 'banner']);
    checkOneOf('mrx-test', 'variant', 'banner', ['card', 'banner']);
    expect(spy.errors).to.deep.equal([]);
    checkOneOf('mrx-test', 'maps', 'bing', ['google', 'apple', 'osm']);
    expect(spy.errors).to.deep.equal(['mrx-test: maps must be google or apple or osm, got "bing"; using google.']);
  });

  it('cuts a long value to about 80 characters', () => {
    reportBadValue('mrx-test', 'variant', 'must be card or banner', 'x'.repeat(200), 'using card');
    expect(spy.errors[0]).to.equal(`mrx-test: variant must be card or banner, got "${'x'.repeat(78)}…; using card.`);
  });
});
