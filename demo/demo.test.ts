// The page `npm start` serves: the widgets load from the built IIFE the way a
// webmaster's script tag loads them.
import { expect } from '@open-wc/testing';
import { openPage, runAxe } from '../src/test-support/page.js';

interface PageLog {
  errors: string[];
  warnings: string[];
  violations: string[];
}

const upgraded = `document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('button') && document.querySelectorAll('script[type="application/ld+json"]').length === 3 && document.querySelector('mrx-stiffness-quiz')?.shadowRoot?.querySelector('button') && [...document.querySelectorAll('mrx-location-cta')].every((cta) => cta.shadowRoot?.querySelector('[part~="status"]'))`;

describe('demo article', () => {
  it('works under the strict CSP and Trusted Types from the README: the FAQ opens, the quiz runs, both clinics show, nothing is logged or blocked', async () => {
    const state = await openPage<{
      log: PageLog;
      questions: number;
      afterClick: string | null;
      structuredData: string[];
      quiz: string;
      clinics: string[][];
    }>(
      '/demo/index.html',
      `const el = document.querySelector('mrx-faq-accordion');
       const buttons = [...el.shadowRoot.querySelectorAll('button')];
       buttons[1].click();
       await el.updateComplete;
       const quiz = document.querySelector('mrx-stiffness-quiz');
       quiz.shadowRoot.querySelector('button').click();
       await quiz.updateComplete;
       return {
         log: window.__mrxLog,
         questions: buttons.length,
         afterClick: buttons[1].getAttribute('aria-expanded'),
         structuredData: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent)['@type']),
         quiz: quiz.shadowRoot.querySelector('[part="progress"]').textContent.trim(),
         clinics: [...document.querySelectorAll('mrx-location-cta')].map((cta) =>
           ['name', 'status', 'book'].map((part) => cta.shadowRoot.querySelector('[part~="' + part + '"]').textContent.trim()),
         ),
       };`,
      upgraded,
    );
    expect(state.questions).to.be.at.least(6);
    expect(state.afterClick).to.equal('true');
    expect(state.structuredData.sort()).to.deep.equal(['FAQPage', 'MedicalClinic', 'MedicalClinic']);
    // The banner shows Tampa, the card opens on Clearwater; each with a real status for now.
    expect(state.clinics.map(([name]) => name)).to.deep.equal(['MotionRx Tampa', 'MotionRx Clearwater']);
    for (const [, status, book] of state.clinics) {
      expect(status).to.match(/^(Open now|Closed)\b/);
      expect(book).to.equal('Book a visit');
    }
    expect(state.quiz).to.equal('Question 1 of 12');
    expect(state.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('passes axe (WCAG 2.2 AA and best practice) with an answer open and the quiz on its first question', async () => {
    const violations = await openPage<string[]>(
      '/demo/index.html?no-csp=1',
      `const el = document.querySelector('mrx-faq-accordion');
       el.shadowRoot.querySelectorAll('button')[1].click();
       await el.updateComplete;
       const quiz = document.querySelector('mrx-stiffness-quiz');
       quiz.shadowRoot.querySelector('button').click();
       await quiz.updateComplete;
       // axe must see the page after any motion (the chevron's turn) has ended.
       await Promise.all(el.shadowRoot.getAnimations().map((animation) => animation.finished));
       ${runAxe('document')}
       return violations;`,
      upgraded,
    );
    expect(violations).to.deep.equal([]);
  });

  it('loads the widgets with exactly one plain script tag', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    // The test server adds its own web-socket script to every page; ours are the rest.
    // JSON children are data, never run.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !tag.includes('/__web-dev-server') && !tag.includes('application/json'));
    expect(scripts).to.deep.equal(['<script src="/dist/cdn/motionrx-widgets.iife.js" defer>']);
  });
});
