import { expect } from '@open-wc/testing';
import { ConsoleSpy } from '../test-support/console.js';
import { define } from './define.js';
import { VERSION } from './version.js';

describe('define()', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = new ConsoleSpy()));
  afterEach(() => spy.restore());

  it('registers a new tag', () => {
    class First extends HTMLElement {}
    define('mrx-define-test-a', First);
    expect(customElements.get('mrx-define-test-a')).to.equal(First);
    expect(spy.warnings).to.deep.equal([]);
  });

  it('keeps the first definition, never throws, and warns once naming both versions', () => {
    class Original extends HTMLElement {
      static readonly version = '9.9.9';
    }
    class Later extends HTMLElement {}
    class EvenLater extends HTMLElement {}
    define('mrx-define-test-b', Original);
    expect(() => define('mrx-define-test-b', Later)).not.to.throw();
    expect(() => define('mrx-define-test-b', EvenLater)).not.to.throw();
    expect(customElements.get('mrx-define-test-b')).to.equal(Original);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.include('9.9.9').and.include(VERSION).and.include('<mrx-define-test-b>');
  });

  it('is silent when the same class is defined again', () => {
    class Same extends HTMLElement {}
    define('mrx-define-test-c', Same);
    define('mrx-define-test-c', Same);
    expect(spy.warnings).to.deep.equal([]);
  });
});
