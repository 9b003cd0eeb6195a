import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ConsoleSpy } from '../test-support/console.js';
import { accessibilityTree, flatten, forcedColors, itIn, nextFrame, openPage, settled, until } from '../test-support/page.js';
import './faq-accordion.js';
import type { MrxFaqAccordion } from './faq-accordion.js';
import englishSigns from '../stiffness-quiz/signs.en.js';
import spanishSigns from '../stiffness-quiz/signs.es.js';
import { signsByTier } from '../stiffness-quiz/signs.js';
import english from './content.en.js';
import spanish from './content.es.js';

/** The schema.org FAQPage block as the tests read it back. */
interface FaqPageData {
  '@type': string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}

const buttons = (el: MrxFaqAccordion) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'));
const panels = (el: MrxFaqAccordion) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="panel"]'));
const expanded = (el: MrxFaqAccordion) => buttons(el).map((button) => button.getAttribute('aria-expanded') === 'true');
const questions = (el: MrxFaqAccordion) => buttons(el).map((button) => button.textContent.trim());
const focused = (el: MrxFaqAccordion) => el.shadowRoot!.activeElement;

/** An answer panel's paragraphs and lists in order: a paragraph as its text, a list as its items' texts. */
const answerBlocks = (panel: Element) =>
  Array.from(panel.querySelectorAll('p, ul'), (block) =>
    block.localName === 'ul' ? Array.from(block.children, (li) => li.textContent) : block.textContent,
  );

/** Waits until the element shows questions (the built-in pack and JSON parser load on demand). */
async function ready(el: MrxFaqAccordion): Promise<MrxFaqAccordion> {
  await until(() => buttons(el).length > 0);
  await el.updateComplete;
  return el;
}

const authored = () =>
  html`<mrx-faq-accordion>
    <details id="rest">
      <summary>Does rest help?</summary>
      <p>Keep moving. <a href="#more">Read more</a></p>
    </details>
    <details id="water">
      <summary>Does water help?</summary>
      <p>It is good for you.</p>
    </details>
    <details>
      <summary>How does physical therapy help?</summary>
      <p>An assessment first.</p>
    </details>
  </mrx-faq-accordion>`;

let spy: ConsoleSpy;
beforeEach(() => (spy = new ConsoleSpy()));
afterEach(async () => {
  spy.restore();
  await resetMouse();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('mrx-faq-accordion', () => {
  describe('rendering from <details> children', () => {
    it('renders a heading > button per question, keeping the details in the light DOM', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      expect(questions(el)).to.deep.equal(['Does rest help?', 'Does water help?', 'How does physical therapy help?']);
      const headings = el.shadowRoot!.querySelectorAll('[role="heading"]');
      expect(headings).to.have.length(3);
      headings.forEach((heading, index) => {
        expect(heading.getAttribute('aria-level')).to.equal('3');
        expect(heading.firstElementChild).to.equal(buttons(el)[index]);
      });
      expect(el.querySelectorAll('details')).to.have.length(3);
      expect(expanded(el)).to.deep.equal([false, false, false]);
      // The author's question is asked by our button now; the summary no longer shows.
      expect(el.querySelector('summary')!.checkVisibility()).to.equal(false);
      expect(spy.errors).to.deep.equal([]);
    });

    it('takes a <details> over the first time its answer opens: opened, summary hidden, shared name dropped; untouched before', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion>
          <details name="faq">
            <summary>One?</summary>
            <p>One.</p>
          </details>
          <details name="faq">
            <summary>Two?</summary>
            <p>Two.</p>
          </details>
        </mrx-faq-accordion>`,
      );
      const [first, second] = el.querySelectorAll('details');
      const untouched = (details: HTMLDetailsElement) => ({
        open: details.open,
        name: details.getAttribute('name'),
        summaryStyle: details.querySelector('summary')!.getAttribute('style'),
      });
      expect([untouched(first), untouched(second)]).to.deep.equal([
        { open: false, name: 'faq', summaryStyle: null },
        { open: false, name: 'faq', summaryStyle: null },
      ]);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(first.open).to.equal(true);
      expect(first.hasAttribute('name')).to.equal(false);
      expect(first.querySelector('summary')!.style.getPropertyValue('display')).to.equal('none');
      expect(first.querySelector('summary')!.style.getPropertyPriority('display')).to.equal('important');
      expect(untouched(second), 'the other answer, never opened, is as the author wrote it').to.deep.equal({
        open: false,
        name: 'faq',
        summaryStyle: null,
      });
    });

    it('wires aria-controls to the answer region and labels the region by its question', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.expandAll();
      await el.updateComplete;
      buttons(el).forEach((button, index) => {
        const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel).to.equal(panels(el)[index]);
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      });
    });

    it('makes an open answer a region named by its question, and a closed one no landmark at all', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      expect(panels(el).map((panel) => panel.getAttribute('role'))).to.deep.equal([null, null, null]);
      el.expand('water');
      await el.updateComplete;
      expect(panels(el).map((panel) => panel.getAttribute('role'))).to.deep.equal([null, 'region', null]);
      expect(panels(el)[1].getAttribute('aria-labelledby')).to.equal(buttons(el)[1].id);
    });

    it('drops the region role when more than six answers could be open (APG landmark advice)', async () => {
      const items = Array.from({ length: 7 }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` }));
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              ${JSON.stringify(items)}
            </script></mrx-faq-accordion
          >`,
        ),
      );
      el.expandAll();
      await el.updateComplete;
      expect(panels(el).every((panel) => !panel.hasAttribute('role'))).to.equal(true);
      el.single = true;
      await el.updateComplete;
      expect(panels(el).map((panel) => panel.getAttribute('role'))).to.deep.equal(['region', null, null, null, null, null, null]);
    });

    // Puppeteer reads the accessibility tree over CDP, which Firefox's WebDriver BiDi lacks.
    itIn('chromium', 'the accessibility tree needs CDP', 'exposes headings, buttons and only open regions to screen readers', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      let tree = flatten(await accessibilityTree());
      expect(tree.filter((node) => node.role === 'heading' && node.level === 3).map((node) => node.name)).to.include.members([
        'Does rest help?',
        'Does water help?',
      ]);
      expect(
        tree.filter((node) => node.role === 'button' && node.name === 'Does water help?').map((node) => node.expanded ?? false),
      ).to.deep.equal([false]);
      expect(tree.some((node) => node.role === 'region')).to.equal(false);
      expect(tree.some((node) => node.name?.includes('It is good for you'))).to.equal(false);
      buttons(el)[1].click();
      await settled(el);
      tree = flatten(await accessibilityTree());
      expect(tree.filter((node) => node.role === 'region').map((node) => node.name)).to.deep.equal(['Does water help?']);
      expect(tree.filter((node) => node.role === 'button' && node.name === 'Does water help?').map((node) => node.expanded)).to.deep.equal([
        true,
      ]);
      expect(tree.some((node) => node.name?.includes('It is good for you'))).to.equal(true);
    });

    it('uses heading-level for every question', async () => {
      for (const level of [2, 4, 6]) {
        const el = await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion heading-level=${level}
            ><details>
              <summary>Q</summary>
              A
            </details></mrx-faq-accordion
          >`,
        );
        expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(String(level));
      }
      expect(spy.errors).to.deep.equal([]);
    });

    it('goes back to level 3 quietly when heading-level is removed, and names a bad property value', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion heading-level="2"
          ><details>
            <summary>Q</summary>
            A
          </details></mrx-faq-accordion
        >`,
      );
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(spy.errors).to.deep.equal([]);
      // A plain-JavaScript page is not held to the property's 2 | … | 6 type.
      el.headingLevel = 9 as MrxFaqAccordion['headingLevel'];
      await el.updateComplete;
      expect(spy.errors).to.deep.equal(['mrx-faq-accordion: heading-level must be 2 to 6, got "9"; using 3.']);
    });

    it('reports a bad heading-level once and uses 3', async () => {
      for (const bad of ['1', '7', 'two', '3.5']) {
        spy.errors.length = 0;
        const el = await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion heading-level=${bad}
            ><details>
              <summary>Q</summary>
              A
            </details></mrx-faq-accordion
          >`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0])
          .to.match(/^mrx-faq-accordion: heading-level/)
          .and.include(`"${bad}"`);
      }
    });

    it('keeps an authored <details open> open after the upgrade', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion>
          <details>
            <summary>One</summary>
            A
          </details>
          <details open>
            <summary>Two</summary>
            B
          </details>
        </mrx-faq-accordion>`,
      );
      expect(expanded(el)).to.deep.equal([false, true]);
    });

    it('gives items the details id, else a slug of the question, made unique', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion>
          <details id="custom">
            <summary>Anything</summary>
            A
          </details>
          <details>
            <summary>Why is my back stiff — in the morning?</summary>
            B
          </details>
          <details>
            <summary>Why is my back stiff, in the morning?</summary>
            C
          </details>
          <details>
            <summary>¿Qué es la rigidez?</summary>
            D
          </details>
        </mrx-faq-accordion>`,
      );
      const ids: string[] = [];
      el.addEventListener('mrx-faq-toggle', (event) => ids.push(event.detail.id));
      buttons(el).forEach((button) => button.click());
      expect(ids).to.deep.equal([
        'custom',
        'why-is-my-back-stiff-in-the-morning',
        'why-is-my-back-stiff-in-the-morning-2',
        'que-es-la-rigidez',
      ]);
    });

    it('follows changes to its children', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const extra = document.createElement('details');
      extra.innerHTML = '<summary>A new question?</summary><p>A new answer.</p>';
      el.append(extra);
      await until(() => buttons(el).length === 4);
      expect(questions(el)[3]).to.equal('A new question?');
      el.querySelector('summary')!.textContent = 'Does more rest help?';
      await until(() => questions(el)[0] === 'Does more rest help?');
      el.querySelector('#water')!.remove();
      await until(() => buttons(el).length === 3);
    });

    it('puts each answer in its own panel, and again after a page script rewrites or removes its slot attribute', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const panelOf = (details: Element) => details.assignedSlot?.closest('[part="panel"]')?.id;
      const all = () => [...el.querySelectorAll('details')];
      expect(all().map(panelOf)).to.deep.equal(['a0', 'a1', 'a2']);
      const first = all()[0];
      first.removeAttribute('slot');
      all()[1].slot = 'elsewhere';
      await until(() => all().every((details, index) => panelOf(details) === `a${index}`));
      // A question added first moves every answer along.
      const extra = document.createElement('details');
      extra.innerHTML = '<summary>A new question?</summary><p>A new answer.</p>';
      el.prepend(extra);
      await until(() => buttons(el).length === 4);
      await until(() => all().every((details, index) => panelOf(details) === `a${index}`));
      expect(panelOf(first)).to.equal('a1');
    });

    it('does not move the content below it when it upgrades, with the README pre-upgrade CSS', async () => {
      const seen = await openPage<{ before: number[]; after: number[]; upgraded: boolean; log: unknown }>(
        '/src/faq-accordion/fixtures/layout.html',
        `const el = document.querySelector('mrx-faq-accordion');
         const measure = () => [el.getBoundingClientRect().height, document.querySelector('#below').getBoundingClientRect().top];
         const before = measure();
         await import('/dist/cdn/faq-accordion.js');
         await el.updateComplete;
         await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
         return { before, after: measure(), upgraded: !!el.shadowRoot?.querySelector('button[aria-expanded="true"]'), log: window.__mrxLog };`,
      );
      expect(seen.upgraded).to.equal(true);
      expect(seen.after[0]).to.be.closeTo(seen.before[0], 0.5);
      expect(seen.after[1]).to.be.closeTo(seen.before[1], 0.5);
      expect(seen.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
    });

    it('waits for the parser when its script runs in <head> before the children exist', async () => {
      const seen = await openPage<{ json: string[]; details: boolean[]; log: unknown }>(
        '/src/faq-accordion/fixtures/head-script.html#second',
        `await new Promise((resolve) => setTimeout(resolve, 300));
         const buttons = (id) => [...document.getElementById(id).shadowRoot.querySelectorAll('button')];
         return {
           json: buttons('from-json').map((b) => b.textContent.trim()),
           details: buttons('from-details').map((b) => b.getAttribute('aria-expanded') === 'true'),
           log: window.__mrxLog,
         };`,
        `document.readyState === 'complete' && document.getElementById('from-json')?.shadowRoot?.querySelector('button')`,
      );
      expect(seen.json).to.deep.equal(['Configured question one?', 'Configured question two?']);
      expect(seen.details).to.deep.equal([false, true]);
      expect(seen.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
    });
  });

  describe('without JavaScript', () => {
    it('the authored details stay readable and open and close natively', async () => {
      const seen = await openPage<{ defined: boolean; before: boolean; after: boolean; text: string }>(
        '/src/faq-accordion/fixtures/no-script.html',
        `const details = document.querySelector('#second');
         const before = details.open;
         details.querySelector('summary').click();
         return { defined: !!customElements.get('mrx-faq-accordion'), before, after: details.open, text: document.body.innerText };`,
      );
      expect(seen.defined).to.equal(false);
      expect(seen.before).to.equal(false);
      expect(seen.after).to.equal(true);
      expect(seen.text).to.include('First question').and.include('Second question').and.include('The second answer.');
    });
  });

  describe('rendering from JSON and the built-in pack', () => {
    it('renders JSON items with blank lines as paragraphs and markup as text', async () => {
      const items = [
        {
          id: 'x',
          question: 'Is <b>this</b> bold?',
          answer: 'First paragraph.\n\n<img src=x onerror="window.__pwned=1">Second paragraph.',
        },
        { question: 'Second?', answer: 'Only one.' },
      ];
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              ${JSON.stringify(items)}
            </script></mrx-faq-accordion
          >`,
        ),
      );
      expect(questions(el)).to.deep.equal(['Is <b>this</b> bold?', 'Second?']);
      const paragraphs = panels(el)[0].querySelectorAll('p');
      expect(Array.from(paragraphs, (p) => p.textContent)).to.deep.equal([
        'First paragraph.',
        '<img src=x onerror="window.__pwned=1">Second paragraph.',
      ]);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(spy.errors).to.deep.equal([]);
    });

    it('renders a paragraph whose every line starts with "- " as a list, one item a line', async () => {
      const answer = 'Call if you have:\n\n- a fever\n  - chest pain  \n- pain - all night\n\nThat is all.';
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              ${JSON.stringify([{ question: 'When?', answer }])}
            </script></mrx-faq-accordion
          >`,
        ),
      );
      expect(answerBlocks(panels(el)[0])).to.deep.equal([
        'Call if you have:',
        ['a fever', 'chest pain', 'pain - all night'],
        'That is all.',
      ]);
      expect(Array.from(panels(el)[0].querySelectorAll('ul > li'))).to.have.length(3);
      expect(spy.errors).to.deep.equal([]);
    });

    it('keeps "- " inside a normal paragraph as text, and a paragraph with one plain line as a paragraph', async () => {
      const answer = 'Rest - or not - is up to you.\n\n- Not a list:\nthis line has no dash.\n\nNor this:\n- one dash';
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              ${JSON.stringify([{ question: 'Q?', answer }])}
            </script></mrx-faq-accordion
          >`,
        ),
      );
      expect(answerBlocks(panels(el)[0])).to.deep.equal([
        'Rest - or not - is up to you.',
        '- Not a list:\nthis line has no dash.',
        'Nor this:\n- one dash',
      ]);
      expect(el.shadowRoot!.querySelector('ul, li')).to.equal(null);
    });

    it('shows markup in a list item as text', async () => {
      const answer = '- <b>bold</b>\n- <img src=x onerror="window.__pwned=1">\n- <ul><li>nested</li></ul>';
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              ${JSON.stringify([{ question: 'Q?', answer }])}
            </script></mrx-faq-accordion
          >`,
        ),
      );
      expect(answerBlocks(panels(el)[0])).to.deep.equal([
        ['<b>bold</b>', '<img src=x onerror="window.__pwned=1">', '<ul><li>nested</li></ul>'],
      ]);
      expect(el.shadowRoot!.querySelectorAll('ul')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('b, img, li > ul')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows the built-in English FAQ when empty', async () => {
      const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion></mrx-faq-accordion>`));
      expect(questions(el)).to.deep.equal(english.map((item) => item.question));
      expect(english.length).to.be.at.least(6);
    });

    it('speaks Spanish from its own lang, or the nearest ancestor lang', async () => {
      const own = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang="es-MX"></mrx-faq-accordion>`));
      expect(questions(own)).to.deep.equal(spanish.map((item) => item.question));
      const wrapper = await fixture(
        html`<section lang="es">
          <div><mrx-faq-accordion></mrx-faq-accordion></div>
        </section>`,
      );
      const inherited = await ready(wrapper.querySelector('mrx-faq-accordion')!);
      expect(questions(inherited)).to.deep.equal(spanish.map((item) => item.question));
    });

    it('switches language when the lang attribute or property changes', async () => {
      const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang="en"></mrx-faq-accordion>`));
      el.setAttribute('lang', 'es');
      await until(() => questions(el)[0] === spanish[0].question);
      el.lang = 'en';
      await until(() => questions(el)[0] === english[0].question);
      expect(el.getAttribute('lang')).to.equal('en');
      el.removeAttribute('lang');
      el.lang = 'es-419';
      await until(() => questions(el)[0] === spanish[0].question);
    });

    it('never writes a lang attribute of its own, so an unset one keeps inheriting', async () => {
      const wrapper = await fixture(html`<div lang="es"><mrx-faq-accordion></mrx-faq-accordion></div>`);
      const el = await ready(wrapper.querySelector('mrx-faq-accordion')!);
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it('falls back to English for an unknown language', async () => {
      const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang="xx"></mrx-faq-accordion>`));
      expect(questions(el)).to.deep.equal(english.map((item) => item.question));
      expect(spy.errors).to.deep.equal([]);
    });

    it('has the same ids in both languages', () => {
      expect(spanish.map((item) => item.id)).to.deep.equal(english.map((item) => item.id));
      for (const id of ['does-more-rest-help', 'when-to-see-a-doctor', 'how-does-physical-therapy-help']) {
        expect(english.map((item) => item.id)).to.include(id);
      }
    });
  });

  describe('built-in content', () => {
    const languages = [
      { lang: 'en', items: english, signs: englishSigns, call: /^Call 911 now or go to the emergency room\b.*\bDon't drive yourself\.$/ },
      {
        lang: 'es',
        items: spanish,
        signs: spanishSigns,
        call: /^Llame al 911 ahora o vaya a la sala de emergencias\b.*\bNo vaya manejando usted\.$/,
      },
    ];
    const shownAnswer = async (lang: string, id: string) => {
      const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang=${lang}></mrx-faq-accordion>`));
      el.expand(id);
      await el.updateComplete;
      return { el, panel: panels(el)[(lang === 'es' ? spanish : english).findIndex((item) => item.id === id)] };
    };

    for (const { lang, signs, call } of languages) {
      it(`${lang}: the doctor answer lists every emergency and see-doctor sign of the quiz, tier by tier, most urgent first`, async () => {
        const { panel } = await shownAnswer(lang, 'when-to-see-a-doctor');
        const tiers = signsByTier(signs);
        const shown = answerBlocks(panel);
        expect(shown.filter(Array.isArray)).to.deep.equal([tiers.emergency, tiers.today, tiers.soon, tiers.routine]);
        expect(Object.values(signs.emergency)).to.have.members(tiers.emergency);
        expect(Object.values(signs.seeDoctor)).to.have.members([...tiers.today, ...tiers.soon, ...tiers.routine]);
        // Each list follows its one-line lead; the first names 911 and says not to drive.
        expect(shown.map((block) => (Array.isArray(block) ? 'list' : 'text'))).to.deep.equal([
          ...['text', 'list', 'text', 'list', 'text', 'list', 'text', 'list'],
          ...['text', 'text'],
        ]);
        expect(shown[0]).to.match(call);
        expect(panel.textContent).to.include('911');
        expect(panel.textContent).not.to.match(/local emergency number|número de emergencias local/i);
      });
    }

    it('en: the doctor answer gives when to go for each tier, the 4 to 6 weeks, and that asking is always OK', async () => {
      const { panel } = await shownAnswer('en', 'when-to-see-a-doctor');
      const text = answerBlocks(panel).filter((block) => !Array.isArray(block));
      expect(text).to.deep.equal([
        "Call 911 now or go to the emergency room if you have back pain and any of these. Don't drive yourself.",
        'Contact a doctor today if any of these apply to you. Call your doctor, go to an urgent care center, or call a nurse line.',
        'See a doctor within a day or two if any of these apply to you.',
        'See a doctor in the next few weeks if any of these apply to you. It is not urgent.',
        'Also see a doctor if your back is not getting better within 4 to 6 weeks, or if anything new appears. If you are not sure, it is always OK to ask a doctor.',
        'These answers are general information, not medical advice.',
      ]);
    });

    it('es: the doctor answer gives when to go for each tier, the 4 to 6 weeks, and that asking is always OK', async () => {
      const { panel } = await shownAnswer('es', 'when-to-see-a-doctor');
      const text = answerBlocks(panel).filter((block) => !Array.isArray(block));
      expect(text).to.deep.equal([
        'Llame al 911 ahora o vaya a la sala de emergencias si tiene dolor de espalda y alguna de estas señales. No vaya manejando usted.',
        'Comuníquese hoy con un médico si algo de esto describe su caso. Llame a su médico, vaya a un centro de atención urgente (urgent care) o llame a una línea de consejos de enfermería.',
        'Vaya al médico en los próximos uno o dos días si algo de esto describe su caso.',
        'Vaya al médico en las próximas semanas si algo de esto describe su caso. No es urgente.',
        'Consulte también a un médico si no empieza a mejorar en 4 a 6 semanas, o si aparece algo nuevo. Si tiene dudas, siempre está bien preguntarle a un médico.',
        'Estas respuestas son información general, no consejo médico.',
      ]);
    });

    it('en: the arthritis answer lists the inflammatory clues and sends the reader to their own doctor', async () => {
      const { panel } = await shownAnswer('en', 'is-it-arthritis');
      const [clues] = answerBlocks(panel).filter(Array.isArray);
      expect(clues).to.deep.equal([
        'Stiffness that lasts more than an hour',
        'Pain that wakes you in the second half of the night',
        'Pain that gets better with exercise but not with rest',
        'Pain that began before about age 40 to 45',
        'Pain that came on slowly',
        'Pain that has lasted more than 3 months',
        "Psoriasis, bowel inflammation (Crohn's disease or ulcerative colitis) or eye inflammation (uveitis)",
        'A parent, brother, sister or child with ankylosing spondylitis (axial spondyloarthritis)',
      ]);
      expect(panel.textContent)
        .to.include('make an appointment with your doctor')
        .and.not.match(/swelling/i);
    });

    it('es: the arthritis answer lists the same clues', async () => {
      const { panel } = await shownAnswer('es', 'is-it-arthritis');
      const [clues] = answerBlocks(panel).filter(Array.isArray);
      expect(clues).to.have.length(8);
      for (const clue of [
        '40 a 45 años',
        'poco a poco',
        'más de 3 meses',
        'enfermedad de Crohn',
        'colitis ulcerosa',
        'uveítis',
        'espondiloartritis axial',
      ]) {
        expect(clues.join('\n')).to.include(clue);
      }
      expect(panel.textContent)
        .to.include('pida una cita con su médico')
        .and.not.match(/hinchaz/i);
    });

    it('puts exercise first in the physical-therapy answer, with no one right way to move and no promised results', () => {
      const answer = (items: typeof english) => items.find((item) => item.id === 'how-does-physical-therapy-help')!.answer;
      expect(answer(english))
        .to.include('Exercise and a step-by-step return to activity come first.')
        .and.include('There is no one right way to lift, bend or sit.')
        .and.include('no one can promise results or a cure');
      expect(answer(spanish))
        .to.include('Lo primero es hacer ejercicio y volver a sus actividades paso a paso.')
        .and.include('No hay una sola forma correcta de levantar cosas, agacharse o sentarse.')
        .and.include('nadie puede prometerle resultados ni una cura');
    });

    it('says it is general information, not medical advice, in both languages', () => {
      expect(english.map((item) => item.answer).join('\n')).to.include('general information, not medical advice');
      expect(spanish.map((item) => item.answer).join('\n')).to.include('información general, no consejo médico');
    });

    it('es: speaks to the reader as usted throughout', () => {
      const text = spanish.map((item) => `${item.question}\n${item.answer}`).join('\n');
      // Tú forms the old copy used, and others a translator might slip in.
      const tu =
        /\b(tu|tus|te|ti|contigo|eres|estás|tienes|puedes|puedas|sientes|llama al|ve a|ve al|busca|has tenido|cuéntale|pide una|elige|intenta|observa)\b/i;
      expect(text.match(tu)).to.equal(null);
      expect(text).to.include('su espalda').and.include('Llame al 911').and.include('pida una cita con su médico');
      for (const old of ['sumando a', 'trabajo de fuerza', 'espalda baja', 'poca prueba', 'Ve a un médico', 'Has tenido cáncer']) {
        expect(text).not.to.include(old);
      }
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Space', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false, false]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
    });

    it('moves between questions with ArrowDown, ArrowUp, Home and End, wrapping at the ends', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const [first, second, third] = buttons(el);
      first.focus();
      const steps: [string, HTMLButtonElement][] = [
        ['ArrowDown', second],
        ['ArrowDown', third],
        ['ArrowDown', first],
        ['ArrowUp', third],
        ['ArrowUp', second],
        ['Home', first],
        ['End', third],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        expect(focused(el), key).to.equal(expected);
      }
      expect(expanded(el)).to.deep.equal([false, false, false]);
    });

    it('keeps a closed answer out of the tab order, and puts an open one in it', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const link = el.querySelector('a')!;
      buttons(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    });
  });

  describe('closed answers', () => {
    it('are hidden until found: not rendered, not in the accessibility tree, still searchable', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const [panel] = panels(el);
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(getComputedStyle(panel).contentVisibility).to.equal('hidden');
      expect(el.querySelector('#rest p')!.checkVisibility()).to.equal(false);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(el.querySelector('#rest p')!.checkVisibility()).to.equal(true);
    });

    it('open from a #:~:text= link and the element state follows', async () => {
      const state = await openPage<boolean[]>(
        '/src/faq-accordion/fixtures/deep-link.html#:~:text=pelican%20mobility',
        `const el = document.querySelector('mrx-faq-accordion');
         return [...el.shadowRoot.querySelectorAll('button')].map((b) => b.getAttribute('aria-expanded') === 'true');`,
        `document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('[aria-expanded="true"]')`,
      );
      expect(state).to.deep.equal([false, true, false]);
    });

    // Chromium's window.find() searches without running the hidden=until-found
    // reveal (its Ctrl+F does, through the same beforematch path the #:~:text=
    // test above covers); Firefox's window.find() runs the reveal.
    itIn('firefox', "Chromium's window.find() does not reveal", 'open from find-in-page and fire mrx-faq-toggle', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const toggled = oneEvent(el, 'mrx-faq-toggle');
      expect((window as unknown as { find(text: string): boolean }).find('It is good for you')).to.equal(true);
      const { detail } = (await toggled) as CustomEvent<{ id: string; open: boolean }>;
      expect(detail).to.deep.equal({ id: 'water', open: true });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
    });
  });

  describe('deep links', () => {
    it('opens and scrolls to #id on load, for a details id and a slug', async () => {
      for (const [hash, expected] of [
        ['#second', [false, true, false]],
        ['#third-question-without-an-id', [false, false, true]],
      ] as const) {
        const seen = await openPage<{ state: boolean[]; inView: boolean }>(
          `/src/faq-accordion/fixtures/deep-link.html${hash}`,
          `await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
           const el = document.querySelector('mrx-faq-accordion');
           const buttons = [...el.shadowRoot.querySelectorAll('button')];
           const open = buttons.find((b) => b.getAttribute('aria-expanded') === 'true');
           const box = open.getBoundingClientRect();
           return { state: buttons.map((b) => b.getAttribute('aria-expanded') === 'true'), inView: box.top >= 0 && box.bottom <= innerHeight };`,
          `document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('[aria-expanded="true"]')`,
        );
        expect(seen, hash).to.deep.equal({ state: expected, inView: true });
      }
    });

    it('opens the item on hashchange and tells listeners', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const toggled = oneEvent(el, 'mrx-faq-toggle');
      location.hash = 'how-does-physical-therapy-help';
      expect((await toggled).detail).to.deep.equal({ id: 'how-does-physical-therapy-help', open: true });
      await el.updateComplete;
      await nextFrame();
      expect(expanded(el)).to.deep.equal([false, false, true]);
      const box = buttons(el)[2].getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight).to.equal(true);
    });

    it('stops listening for hash changes once removed, and listens again when re-added', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const parent = el.parentElement!;
      el.remove();
      location.hash = 'water';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(expanded(el)).to.deep.equal([false, false, false]);
      parent.append(el);
      location.hash = 'rest';
      await until(() => expanded(el)[0] === true);
      // Its MutationObserver is armed again too.
      el.insertAdjacentHTML('beforeend', '<details><summary>Fourth?</summary>4</details>');
      await until(() => buttons(el).length === 4);
    });

    it('ignores a hash that names no question', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      location.hash = 'nothing-here';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(expanded(el)).to.deep.equal([false, false, false]);
      expect(spy.errors).to.deep.equal([]);
    });
  });

  describe('single mode and methods', () => {
    it('keeps at most one answer open in single mode', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.single = true;
      await el.updateComplete;
      buttons(el)[0].click();
      await el.updateComplete;
      buttons(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false, false]);
    });

    it('closes all but one when single is turned on', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.expandAll();
      await el.updateComplete;
      el.setAttribute('single', '');
      await el.updateComplete;
      expect(expanded(el).filter(Boolean)).to.have.length(1);
    });

    it('expand, collapse, expandAll and collapseAll change state without events', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      let events = 0;
      el.addEventListener('mrx-faq-toggle', () => events++);
      expect(el.expand('water')).to.equal(true);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true]);
      expect(el.collapse('rest')).to.equal(true);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, true]);
      el.collapseAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      expect(events).to.equal(0);
    });

    it('reports an unknown id from expand() and collapse()', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      expect(el.expand('nope')).to.equal(false);
      expect(el.collapse('nope')).to.equal(false);
      expect(spy.errors).to.deep.equal([
        'mrx-faq-accordion: no question has the id "nope".',
        'mrx-faq-accordion: no question has the id "nope".',
      ]);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed mrx-faq-toggle on click', async () => {
      const wrapper = await fixture(html`<div>${authored()}</div>`);
      const el = wrapper.querySelector('mrx-faq-accordion')!;
      const opened = oneEvent(wrapper, 'mrx-faq-toggle');
      buttons(el)[1].click();
      const event = await opened;
      expect(event.detail).to.deep.equal({ id: 'water', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      const closed = oneEvent(wrapper, 'mrx-faq-toggle');
      buttons(el)[1].click();
      expect((await closed).detail).to.deep.equal({ id: 'water', open: false });
    });

    it('in single mode, also reports the answer it closed', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.single = true;
      el.expand('rest');
      await el.updateComplete;
      const details: unknown[] = [];
      el.addEventListener('mrx-faq-toggle', (event) => details.push(event.detail));
      buttons(el)[2].click();
      expect(details).to.deep.equal([
        { id: 'rest', open: false },
        { id: 'how-does-physical-therapy-help', open: true },
      ]);
    });

    it('toggles from the current state even right after a method call', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.expand('water');
      buttons(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
    });

    it('fires nothing when content, language or single mode change', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.expandAll();
      await el.updateComplete;
      let events = 0;
      el.addEventListener('mrx-faq-toggle', () => events++);
      el.single = true;
      await el.updateComplete;
      el.querySelector('#rest')!.remove();
      await until(() => buttons(el).length === 2);
      el.lang = 'es';
      el.insertAdjacentHTML('beforeend', '<details open><summary>New?</summary>Yes.</details>');
      await until(() => buttons(el).length === 3);
      expect(events).to.equal(0);
    });

    it('opens on a real mouse click', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const box = buttons(el)[0].getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false, false]);
    });
  });

  describe('structured data', () => {
    const blocks = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'));

    it('adds nothing by default', async () => {
      await fixture<MrxFaqAccordion>(authored());
      await nextFrame();
      expect(blocks()).to.have.length(0);
    });

    it('adds exactly one FAQPage block, keeps it in sync and removes it with the element', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion structured-data>
          <details>
            <summary>Q one?</summary>
            <p>Answer <b>one</b>.</p>
          </details>
          <details>
            <summary>Q two?</summary>
            <p>Answer &lt;/script&gt; two.</p>
          </details>
        </mrx-faq-accordion>`,
      );
      await until(() => blocks().length === 1);
      const data = JSON.parse(blocks()[0].textContent) as FaqPageData;
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity).to.deep.equal([
        { '@type': 'Question', name: 'Q one?', acceptedAnswer: { '@type': 'Answer', text: 'Answer one.' } },
        { '@type': 'Question', name: 'Q two?', acceptedAnswer: { '@type': 'Answer', text: 'Answer </script> two.' } },
      ]);
      expect(blocks()[0].textContent).not.to.include('</script>');
      el.insertAdjacentHTML('beforeend', '<details><summary>Q three?</summary>Three.</details>');
      await until(() => (JSON.parse(blocks()[0].textContent) as FaqPageData).mainEntity.length === 3);
      expect(blocks()).to.have.length(1);
      el.remove();
      expect(blocks()).to.have.length(0);
    });

    it('writes answers as plain text with paragraphs apart, leaving out scripts and templates', async () => {
      await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion structured-data
          ><details>
            <summary>Q?</summary>
            <p>One.</p>
            <p>Two <em>words</em>.</p>
            <ul>
              <li>A</li>
              <li>B</li>
            </ul>
            <script type="text/plain">
              hidden
            </script>
            <template>nope</template>
          </details></mrx-faq-accordion
        >`,
      );
      await until(() => blocks().length === 1);
      expect((JSON.parse(blocks()[0].textContent) as FaqPageData).mainEntity[0].acceptedAnswer.text).to.equal(
        'One.\n\nTwo words.\n\nA\n\nB',
      );
    });

    it("keeps a JSON answer's list items one a line, and other lines run together", async () => {
      const answer = 'Call if you have:\n\n- a fever\n  - chest   pain\n\nRest - or not\nis up to you.';
      await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion structured-data
          ><script type="application/json">
            ${JSON.stringify([{ question: 'When?', answer }])}
          </script></mrx-faq-accordion
        >`,
      );
      await until(() => blocks().length === 1);
      expect((JSON.parse(blocks()[0].textContent) as FaqPageData).mainEntity[0].acceptedAnswer.text).to.equal(
        'Call if you have:\n\n- a fever\n- chest pain\n\nRest - or not is up to you.',
      );
    });

    it('warns when a second FAQ on the page also asks for structured data', async () => {
      const wrapper = await fixture(
        html`<div>
          <mrx-faq-accordion structured-data
            ><details>
              <summary>One?</summary>
              1
            </details></mrx-faq-accordion
          >
          <mrx-faq-accordion structured-data
            ><details>
              <summary>Two?</summary>
              2
            </details></mrx-faq-accordion
          >
        </div>`,
      );
      await until(() => blocks().length === 2);
      expect(spy.warnings).to.have.length(1);
      expect(spy.warnings[0]).to.match(/^mrx-faq-accordion: two FAQs on this page have structured-data/);
      wrapper.remove();
      expect(blocks()).to.have.length(0);
    });

    it('brings its block back when the element is moved or re-attached', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.structuredData = true;
      await until(() => blocks().length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(blocks()).to.have.length(0);
      parent.append(el);
      await until(() => blocks().length === 1);
      document.body.append(el);
      await until(() => blocks().length === 1);
      el.remove();
    });

    it('follows the structured-data attribute', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      el.structuredData = true;
      await until(() => blocks().length === 1);
      el.structuredData = false;
      await el.updateComplete;
      expect(blocks()).to.have.length(0);
    });
  });

  describe('bad input', () => {
    it('reports malformed JSON once and falls back to the built-in FAQ', async () => {
      const el = await ready(
        await fixture<MrxFaqAccordion>(
          html`<mrx-faq-accordion
            ><script type="application/json">
              [{"question": "Oops"
            </script></mrx-faq-accordion
          >`,
        ),
      );
      expect(questions(el)).to.deep.equal(english.map((item) => item.question));
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^mrx-faq-accordion: the <script type="application\/json"> child is not valid JSON/);
    });

    const shapes: [string, unknown, RegExp][] = [
      ['an object instead of an array', { question: 'Q', answer: 'A' }, /expected an array .* got \{"question":"Q","answer":"A"\}/],
      ['an empty array', [], /the JSON array is empty/],
      ['a missing question', [{ answer: 'A' }], /item \[0\]\.question must be non-empty text, got undefined/],
      ['a numeric answer', [{ question: 'Q', answer: 42 }], /item \[0\]\.answer must be text, got 42/],
      [
        'a bad id',
        [
          { question: 'Q', answer: 'A' },
          { id: '1 bad', question: 'Q', answer: 'A' },
        ],
        /item \[1\]\.id must start with a letter.*got "1 bad"/,
      ],
      ['a string item', ['just text'], /item \[0\] must be an object, got "just text"/],
    ];
    for (const [name, value, message] of shapes) {
      it(`reports ${name}, naming the field and value, and falls back`, async () => {
        const el = await ready(
          await fixture<MrxFaqAccordion>(
            html`<mrx-faq-accordion
              ><script type="application/json">
                ${JSON.stringify(value)}
              </script></mrx-faq-accordion
            >`,
          ),
        );
        expect(questions(el)).to.deep.equal(english.map((item) => item.question));
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0])
          .to.match(/^mrx-faq-accordion: ignoring the JSON configuration: /)
          .and.match(message);
      });
    }

    it('prefers details children to a JSON child', async () => {
      const el = await fixture<MrxFaqAccordion>(
        html`<mrx-faq-accordion>
          <script type="application/json">
            [{ "question": "From JSON", "answer": "x" }]
          </script>
          <details>
            <summary>From details</summary>
            y
          </details>
        </mrx-faq-accordion>`,
      );
      await nextFrame();
      expect(questions(el)).to.deep.equal(['From details']);
    });
  });

  describe('presentation', () => {
    it('lays out right to left with the icon at the inline end', async () => {
      const wrapper = await fixture(html`<div dir="rtl">${authored()}</div>`);
      const el = wrapper.querySelector('mrx-faq-accordion')!;
      const icon = el.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
      const question = el.shadowRoot!.querySelector('[part="question"]')!.getBoundingClientRect();
      expect(icon.right).to.be.at.most(question.left);
    });

    it('takes theme colours from --mrx-* properties and ::part rules on the page', async () => {
      const style = document.createElement('style');
      style.textContent =
        '.themed { --mrx-color-border: rgb(255, 0, 0); --mrx-font-family: monospace; } .themed mrx-faq-accordion::part(button) { color: rgb(0, 128, 0); }';
      document.head.append(style);
      const wrapper = await fixture(html`<div class="themed">${authored()}</div>`);
      const el = wrapper.querySelector('mrx-faq-accordion')!;
      const item = el.shadowRoot!.querySelector('[part="item"]')!;
      expect(getComputedStyle(item).borderBlockEndColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(buttons(el)[0]).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(buttons(el)[0]).fontFamily).to.equal('monospace');
      style.remove();
    });

    it('inherits the page font and sizes question targets at least 24 px', async () => {
      const wrapper = await fixture(html`<div style="font: 20px Georgia, serif">${authored()}</div>`);
      const button = buttons(wrapper.querySelector('mrx-faq-accordion')!)[0];
      expect(getComputedStyle(button).fontFamily).to.equal('Georgia, serif');
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
    });

    // Puppeteer emulates media features through CDP only; Firefox runs over
    // WebDriver BiDi. The stylesheet test below covers Firefox.
    itIn('chromium', 'media emulation needs CDP', 'turns the chevron only without a reduced-motion preference', async () => {
      const icon = (el: MrxFaqAccordion) => getComputedStyle(el.shadowRoot!.querySelector('[part="icon"]')!);
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await fixture<MrxFaqAccordion>(authored());
      expect(icon(moving).transitionDuration).to.equal('0.2s');
      buttons(moving)[0].click();
      await moving.updateComplete;
      expect(moving.shadowRoot!.getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await fixture<MrxFaqAccordion>(authored());
      expect(icon(still).transitionDuration).to.equal('0s');
      buttons(still)[0].click();
      await still.updateComplete;
      expect(still.shadowRoot!.getAnimations()).to.have.length(0);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('declares motion only inside a no-preference media query', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      const moving: string[] = [];
      const visit = (rules: CSSRuleList, allowed: boolean) => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSMediaRule)
            visit(rule.cssRules, allowed || rule.conditionText.includes('prefers-reduced-motion: no-preference'));
          else if (rule instanceof CSSStyleRule && !allowed && /animation|transition/.test(rule.style.cssText)) moving.push(rule.cssText);
        }
      };
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.length).to.be.greaterThan(0);
      for (const sheet of sheets) visit(sheet.cssRules, false);
      expect(moving).to.deep.equal([]);
    });

    // Firefox's WebDriver BiDi has no forced-colors emulation (puppeteer throws);
    // Chromium emulates it through CDP.
    itIn('chromium', 'forced-colours emulation needs CDP', 'keeps focus and state visible in forced-colours mode', async () => {
      await forcedColors('active');
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await fixture<MrxFaqAccordion>(authored());
        buttons(el)[0].focus();
        await sendKeys({ press: 'ArrowDown' });
        const button = focused(el) as HTMLElement;
        expect(getComputedStyle(button).outlineStyle).to.equal('solid');
        expect(parseFloat(getComputedStyle(button).outlineWidth)).to.be.at.least(2);
        const icon = getComputedStyle(el.shadowRoot!.querySelector('[part="icon"]')!);
        expect(parseFloat(icon.borderInlineEndWidth)).to.be.greaterThan(0);
        expect(icon.borderInlineEndStyle).to.equal('solid');
      } finally {
        await forcedColors('none');
      }
    });

    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <mrx-faq-accordion
            ><details>
              <summary>A rather long question about morning stiffness that must wrap onto several lines?</summary>
              Yes.
            </details></mrx-faq-accordion
          >
        </div>`,
      );
      const el = wrapper.querySelector('mrx-faq-accordion')!;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(buttons(el)[0].getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    });
  });

  describe('accessibility', () => {
    it('passes axe with answers closed and open', async () => {
      const el = await fixture<MrxFaqAccordion>(authored());
      await expect(el).to.be.accessible();
      el.expandAll();
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the built-in Spanish FAQ open', async () => {
      const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang="es" heading-level="2"></mrx-faq-accordion>`));
      el.expand(spanish[0].id!);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe with every built-in answer open, lists included, in both languages', async () => {
      for (const lang of ['en', 'es']) {
        const el = await ready(await fixture<MrxFaqAccordion>(html`<mrx-faq-accordion lang=${lang}></mrx-faq-accordion>`));
        el.expandAll();
        await settled(el);
        expect(el.shadowRoot!.querySelectorAll('ul').length, lang).to.equal(5);
        await expect(el).to.be.accessible();
      }
    });
  });
});
