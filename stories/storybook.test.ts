// Every story of the built Storybook (storybook-static/, which `npm test`
// builds first), opened in a real tab as a designer would, in English left to
// right and in Spanish right to left: the story renders (play functions
// included), axe finds no WCAG 2.2 AA violation, and nothing is logged, except
// the one console.error per problem that stories tagged `expect-errors` show.
import { expect } from '@open-wc/testing';
import { openPage, runAxe } from '../src/test-support/page.js';

interface Entry {
  id: string;
  type: 'story' | 'docs';
  tags: string[];
}
interface Seen {
  phase: string;
  violations: string[];
  log: { errors: string[]; warnings: string[] };
  text: number;
}

const index = (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, Entry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const PHASE = `window.__STORYBOOK_PREVIEW__?.currentRender?.phase`;

describe('Storybook: every story', () => {
  it('has every state the issue lists', () => {
    expect(stories.length).to.be.at.least(25);
    for (const id of [
      'widgets-faq-accordion--bad-json',
      'widgets-stiffness-quiz--urgent-result',
      'widgets-stiffness-quiz--persisted',
      'widgets-location-cta--nearest-clinic',
      'theming--brand-builder',
      'clinic-article--clinic-article',
    ]) {
      expect(stories.map((story) => story.id)).to.include(id);
    }
  });

  // The docs pages: the paste-in snippet first, then API tables from custom-elements.json.
  for (const [docs, tag, names] of [
    ['widgets-faq-accordion--docs', 'mrx-faq-accordion', ['heading-level', 'mrx-faq-toggle', '--mrx-color-primary', 'panel']],
    [
      'widgets-stiffness-quiz--docs',
      'mrx-stiffness-quiz',
      ['booking-url', 'cta-target', 'mrx-quiz-complete', '--mrx-color-danger', 'result'],
    ],
    [
      'widgets-location-cta--docs',
      'mrx-location-cta',
      ['maps', 'utm', 'mrx-cta-click', 'mrx-location-change', '--mrx-color-open', 'headline'],
    ],
  ] as const) {
    it(`${docs} opens with the snippet and lists the API`, async function () {
      this.timeout(30000);
      const text = await openPage<string>(
        `/storybook-static/iframe.html?id=${docs}&viewMode=docs`,
        `return document.querySelector('#storybook-docs').innerText;`,
        `((text) => text.includes('EVENTS') && text.includes('<${tag}'))(document.querySelector('#storybook-docs')?.innerText ?? '')`,
        { timeout: 15000 },
      );
      expect(text.indexOf(`<${tag}`), 'snippet').to.be.greaterThan(-1);
      expect(text.indexOf(`<${tag}`), 'snippet before the tables').to.be.lessThan(text.indexOf('EVENTS'));
      for (const name of names) expect(text, name).to.include(name);
    });
  }

  it('the Motion toolbar stops the FAQ chevron turning, as prefers-reduced-motion does', async function () {
    this.timeout(40000);
    const transition = (motion: string) =>
      openPage<string>(
        `/storybook-static/iframe.html?id=widgets-faq-accordion--built-in&viewMode=story&globals=motion:${motion}`,
        `const icon = document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('[part="icon"]');
         return getComputedStyle(icon).transitionDuration;`,
        `document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('[part="icon"]') && ${PHASE} === 'finished'`,
        { timeout: 15000 },
      );
    expect(await transition('reduce')).to.equal('0s');
    // The test browsers do not ask for reduced motion, so the system setting keeps the turn.
    expect(await transition('system')).to.equal('0.2s');
  });

  for (const { id, tags } of stories) {
    for (const globals of ['locale:en;dir:ltr', 'locale:es;dir:rtl']) {
      it(`${id} (${globals})`, async function () {
        // A cold Storybook page on a busy two-core machine can take seconds.
        this.timeout(30000);
        const seen = await openPage<Seen>(
          `/storybook-static/iframe.html?id=${id}&viewMode=story&globals=${globals}`,
          `const root = document.querySelector('#storybook-root');
           ${runAxe('root')}
           return {
             phase: ${PHASE},
             violations,
             log: window.__mrxLog,
             text: root.innerText.trim().length + [...root.querySelectorAll('*')].reduce((sum, el) => sum + (el.shadowRoot?.textContent.trim().length ?? 0), 0),
           };`,
          `['finished', 'errored', 'aborted'].includes(${PHASE})`,
          { timeout: 15000, position: { latitude: 27.96, longitude: -82.75 } },
        );
        expect(seen.phase, 'story and play function finished').to.equal('finished');
        expect(seen.text, 'something is shown').to.be.greaterThan(20);
        expect(seen.violations, 'axe').to.deep.equal([]);
        expect(seen.log.warnings, 'console warnings').to.deep.equal([]);
        if (tags.includes('expect-errors')) {
          expect(seen.log.errors, 'errors from bad input').to.not.deep.equal([]);
          for (const error of seen.log.errors) expect(error).to.match(/^mrx-(faq-accordion|stiffness-quiz|location-cta): /);
        } else {
          expect(seen.log.errors, 'console errors').to.deep.equal([]);
        }
      });
    }
  }
});
