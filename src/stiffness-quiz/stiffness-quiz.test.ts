import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { ConsoleSpy } from '../test-support/console.js';
import { MECHANICAL as mechanical, SEE_DOCTOR_ROUTINE as seeDoctor, type Choice } from '../test-support/quiz-answers.js';
import { browserName, emulatePrintMedia, forcedColors, isFirefox, itIn, printToPdf, settled, until } from '../test-support/page.js';
import { QUESTIONS, RULES_VERSION } from './engine.js';
import { PRINTING } from './print.js';
import type { QuizStrings } from './strings.js';
import english from './strings.en.js';
import spanish from './strings.es.js';
import './stiffness-quiz.js';
import type { MrxStiffnessQuiz } from './stiffness-quiz.js';

const root = (el: MrxStiffnessQuiz) => el.shadowRoot!;
const heading = (el: MrxStiffnessQuiz) => root(el).querySelector('h2')?.textContent?.trim();
const live = (el: MrxStiffnessQuiz) => root(el).querySelector('[role="status"].sr')!.textContent.trim();
const alertText = (el: MrxStiffnessQuiz) => root(el).querySelector('[role="alert"].sr')!.textContent.trim();
const inputs = (el: MrxStiffnessQuiz) => Array.from(root(el).querySelectorAll<HTMLInputElement>('input'));
const button = (el: MrxStiffnessQuiz, text: string) =>
  Array.from(root(el).querySelectorAll<HTMLElement>('button, a')).find((b) => b.textContent.trim() === text);
const questionIndex = (el: MrxStiffnessQuiz) => QUESTIONS.findIndex((q) => q.id === inputs(el)[0]?.name);

async function quiz(attributes = ''): Promise<MrxStiffnessQuiz> {
  const wrapper = await fixture(`<div><mrx-stiffness-quiz ${attributes}></mrx-stiffness-quiz></div>`);
  const el = wrapper.querySelector('mrx-stiffness-quiz') as MrxStiffnessQuiz;
  await until(() => !!heading(el));
  return el;
}

/** Answers the current question with the mouse-free DOM path (click on labels), then presses Next. */
async function answerByClick(el: MrxStiffnessQuiz, choice: string | string[]): Promise<void> {
  for (const value of [choice].flat())
    inputs(el)
      .find((input) => input.value === value)!
      .click();
  await el.updateComplete;
  // Next, or "See my result" on the last question, whatever the language.
  root(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
  await settled(el);
}

async function start(el: MrxStiffnessQuiz): Promise<void> {
  // The introduction's only button, whatever the language.
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await settled(el);
}

/** Clicks through every question with these answers until a result shows. */
async function runByClick(el: MrxStiffnessQuiz, answers: Choice): Promise<void> {
  await start(el);
  while (questionIndex(el) >= 0) await answerByClick(el, answers[QUESTIONS[questionIndex(el)].id]);
}

/**
 * Answers the current question with real key presses only: focus starts on the
 * step heading; Tab into the group; radios move with ArrowDown (which also
 * selects), checkboxes toggle with Space; Tab on to Next; Enter.
 */
async function answerByKeyboard(el: MrxStiffnessQuiz, choice: string | string[]): Promise<void> {
  const question = QUESTIONS[questionIndex(el)];
  const options = question.options as readonly string[];
  if (question.kind === 'single') {
    const target = options.indexOf(choice as string);
    await sendKeys({ press: 'Tab' });
    if (target === 0) await sendKeys({ press: ' ' });
    for (let i = 0; i < target; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
  } else {
    let position = -1;
    for (const value of [choice]
      .flat()
      .map((v) => options.indexOf(v))
      .sort((a, b) => a - b)) {
      while (position < value) {
        await sendKeys({ press: 'Tab' });
        position++;
      }
      await sendKeys({ press: ' ' });
    }
    while (position < options.length) {
      await sendKeys({ press: 'Tab' });
      position++;
    }
  }
  const focused = root(el).activeElement as HTMLElement;
  expect(focused.textContent.trim(), `focus reached the Next button on ${question.id}`).to.be.oneOf([english.next, english.seeResult]);
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

async function runByKeyboard(el: MrxStiffnessQuiz, answers: Choice): Promise<void> {
  root(el).querySelector<HTMLElement>('h2')!.focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Enter' });
  await settled(el);
  while (questionIndex(el) >= 0) {
    expect(root(el).activeElement, 'focus on the question heading').to.equal(root(el).querySelector('h2'));
    await answerByKeyboard(el, answers[QUESTIONS[questionIndex(el)].id]);
  }
}

let spy: ConsoleSpy;
beforeEach(() => {
  spy = new ConsoleSpy();
  sessionStorage.clear();
});
afterEach(() => spy.restore());

describe('mrx-stiffness-quiz', () => {
  describe('introduction', () => {
    it('says who it is for, that it is not a diagnosis, that answers stay here, and what to do if very unwell', async () => {
      const el = await quiz('clinic-name="Tampa Spine PT" emergency-number="112"');
      expect(heading(el)).to.equal(english.intro.heading);
      const text = root(el).textContent;
      for (const point of english.intro.points)
        expect(text).to.include(point.replace('{emergency}', '112').replace('{clinic}', 'Tampa Spine PT'));
      expect(text).to.include('Tampa Spine PT');
      expect(button(el, english.intro.start)).to.exist;
      await expect(el).to.be.accessible();
      expect(spy.errors).to.deep.equal([]);
    });

    it('names the check for assistive technology', async () => {
      const el = await quiz();
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal(english.title);
    });
  });

  describe('keyboard-only runs', () => {
    it('reaches the mechanical result with a primary booking link', async () => {
      const el = await quiz('booking-url="https://example.com/book"');
      await runByKeyboard(el, mechanical);
      expect(heading(el)).to.equal(english.mechanical.heading);
      expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
      const book = button(el, english.mechanical.book) as HTMLAnchorElement;
      expect(book.href).to.equal('https://example.com/book');
      expect(book.classList.contains('primary')).to.equal(true);
      expect(el.result?.outcome).to.equal('mechanical');
    });

    it('reaches see-doctor with a secondary booking link only', async () => {
      const el = await quiz('booking-url="https://example.com/book" clinic-name="MotionRx"');
      await runByKeyboard(el, seeDoctor);
      expect(heading(el)).to.equal(english.seeDoctor.routine.heading);
      const book = button(el, english.seeDoctor.book.replace('{clinic}', 'MotionRx')) as HTMLAnchorElement;
      expect(book.classList.contains('link')).to.equal(true);
      expect(root(el).querySelector('.primary')).to.equal(null);
      expect(root(el).textContent).to.include(english.signs.seeDoctor.inflammatoryPattern);
    });

    it('stops at the emergency question and shows the urgent result', async () => {
      const el = await quiz('booking-url="https://example.com/book"');
      await runByKeyboard(el, { age: '50plus', emergency: ['saddle', 'bothLegs'] });
      expect(heading(el)).to.equal(english.urgent.heading);
      expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
    });
  });

  describe('results follow the CTA policy', () => {
    it('urgent: a tel: link to the emergency number, the flags in plain words, no booking anywhere, announced as an alert', async () => {
      const el = await quiz('booking-url="https://example.com/book" cta-target="#nowhere"');
      const completed = oneEvent(el, 'mrx-quiz-complete');
      await start(el);
      await answerByClick(el, '16to49');
      await answerByClick(el, ['none', 'chestPain']);
      expect((await completed).detail).to.deep.equal({ rulesVersion: RULES_VERSION });
      const result = root(el).querySelector('[part="result"]')!;
      expect(alertText(el)).to.equal(`${english.urgent.heading}. ${english.urgent.body}`);
      expect(live(el)).to.equal('');
      const call = root(el).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(call.textContent.trim()).to.equal(english.urgent.call.replace('{emergency}', '911'));
      expect(result.textContent).to.include(english.signs.emergency.chestPain);
      for (const line of english.urgent.dont) expect(result.textContent).to.include(line);
      expect(root(el).querySelector('a[href^="http"]')).to.equal(null);
      expect(root(el).textContent).not.to.include(english.mechanical.book);
      expect(root(el).textContent).to.include(RULES_VERSION);
      await expect(el).to.be.accessible();
    });

    it('see-doctor (soon): reasons, what to tell the doctor, the stayActive tip, announced as a status', async () => {
      const el = await quiz('booking-url="https://example.com/book"');
      await runByClick(el, { ...mechanical, warning: ['cancer', 'weightLoss'] });
      const result = root(el).querySelector('[part="result"]')!;
      expect(live(el)).to.equal(english.seeDoctor.soon.heading);
      expect(alertText(el)).to.equal('');
      for (const line of english.seeDoctor.soon.body) expect(result.textContent).to.include(line);
      expect(result.textContent).to.include(english.signs.seeDoctor.cancer).and.include(english.signs.seeDoctor.weightLoss);
      for (const item of english.seeDoctor.tell) expect(result.textContent).to.include(item);
      expect(result.textContent).to.include(english.tips.stayActive);
      expect(result.textContent).not.to.include(english.tips.gentleStart);
      expect(el.result).to.include({ outcome: 'see-doctor', urgency: 'soon', cta: 'secondary' });
      await expect(el).to.be.accessible();
    });

    it('mechanical: focus areas, tips and a safety net listing the emergency signs', async () => {
      const el = await quiz('booking-url="https://example.com/book"');
      await runByClick(el, { ...mechanical, factors: ['tightHips', 'avoid', 'flareActivity'] });
      const result = root(el).querySelector('[part="result"]')!;
      expect(live(el)).to.equal(english.mechanical.heading);
      const areas = Array.from(result.querySelectorAll('dt'), (dt) => dt.textContent.trim());
      expect(areas).to.deep.equal(
        (['jointMobility', 'muscleGuarding', 'movementPatterns', 'loadTolerance'] as const).map((id) => english.focusAreas[id].title),
      );
      for (const tip of ['stayActive', 'gentleStart', 'hydration', 'mattress'] as const)
        expect(result.textContent).to.include(english.tips[tip]);
      const safety = result.querySelector('.safety')!;
      for (const label of Object.values(english.signs.emergency)) expect(safety.textContent).to.include(label);
      await expect(el).to.be.accessible();
    });

    it('shows no booking action at all without booking-url or cta-target', async () => {
      const el = await quiz();
      await runByClick(el, mechanical);
      expect(button(el, english.mechanical.book)).to.equal(undefined);
      expect(root(el).querySelector('a[href^="http"]')).to.equal(null);
    });
  });

  describe('flow', () => {
    it('evaluates the answers once per change: reading result again returns the same verdict, new answers a new one', async () => {
      const el = await quiz();
      await runByClick(el, mechanical);
      const first = el.result;
      expect(first).to.include({ outcome: 'mechanical' });
      expect(el.result, 'a second read is the same evaluation').to.equal(first);
      el.reset();
      await settled(el);
      await runByClick(el, { ...mechanical, warning: ['cancer', 'weightLoss'] });
      expect(el.result).not.to.equal(first);
      expect(el.result).to.include({ outcome: 'see-doctor', urgency: 'soon' });
    });

    it('shows "Question n of 12", announces it, and moves focus to each new heading', async () => {
      const el = await quiz();
      await start(el);
      for (let index = 0; index < 3; index++) {
        const progress = `Question ${index + 1} of ${QUESTIONS.length}`;
        expect(root(el).querySelector('[part="progress"]')!.textContent.trim()).to.equal(progress);
        expect(live(el)).to.equal(progress);
        expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
        expect(heading(el)).to.equal(english.questions[QUESTIONS[index].id].legend);
        await answerByClick(el, mechanical[QUESTIONS[index].id]);
      }
    });

    it('puts every option in a fieldset with a legend, as a native input named by question with the option id as value', async () => {
      const el = await quiz();
      await start(el);
      for (const question of QUESTIONS) {
        const fieldset = root(el).querySelector('fieldset')!;
        expect(fieldset.querySelector('legend')!.textContent.trim()).to.equal(english.questions[question.id].legend);
        expect(inputs(el).map((input) => [input.type, input.name, input.value])).to.deep.equal(
          question.options.map((option) => [question.kind === 'single' ? 'radio' : 'checkbox', question.id, option]),
        );
        await answerByClick(el, mechanical[question.id]);
      }
    });

    it('will not go on without an answer, says why, and keeps focus in the question', async () => {
      const el = await quiz();
      await start(el);
      button(el, english.next)!.click();
      await el.updateComplete;
      expect(questionIndex(el)).to.equal(0);
      expect(root(el).querySelector('#error')!.textContent).to.equal(english.required);
      expect(live(el)).to.equal(english.required);
      expect(root(el).activeElement).to.equal(inputs(el)[0]);
    });

    it('lets the optional factors question be skipped', async () => {
      const el = await quiz();
      await start(el);
      for (const question of QUESTIONS.slice(0, -1)) await answerByClick(el, mechanical[question.id]);
      button(el, english.seeResult)!.click();
      await settled(el);
      expect(el.result?.focusAreas).to.have.length(5);
    });

    it('goes back with the answers kept, and back from the first question to the introduction', async () => {
      const el = await quiz();
      await start(el);
      await answerByClick(el, '50plus');
      await answerByClick(el, ['none']);
      button(el, english.back)!.click();
      await settled(el);
      expect(
        inputs(el)
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal(['none']);
      button(el, english.back)!.click();
      await settled(el);
      expect(inputs(el).find((input) => input.checked)!.value).to.equal('50plus');
      button(el, english.back)!.click();
      await settled(el);
      expect(heading(el)).to.equal(english.intro.heading);
    });

    it('"Change my answers" returns to the last question with answers kept; after an emergency, to that question', async () => {
      const el = await quiz();
      await runByClick(el, mechanical);
      button(el, english.changeAnswers)!.click();
      await settled(el);
      expect(inputs(el)[0].name).to.equal('factors');
      expect(inputs(el).find((input) => input.checked)!.value).to.equal('tightHips');

      const urgent = await quiz();
      await start(urgent);
      await answerByClick(urgent, '16to49');
      await answerByClick(urgent, ['majorTrauma']);
      button(urgent, english.changeAnswers)!.click();
      await settled(urgent);
      expect(inputs(urgent)[0].name).to.equal('emergency');
      expect(inputs(urgent).find((input) => input.checked)!.value).to.equal('majorTrauma');
    });

    it('keeps every answer ticked through Back and Next (inputs are reused between steps)', async () => {
      const el = await quiz();
      await start(el);
      const answers: Choice = {
        age: '50plus',
        emergency: ['none'],
        warning: ['fever', 'weightLoss'],
        easeTime: '20to30',
        relief: 'both',
        night: 'turning',
      };
      for (const id of Object.keys(answers)) await answerByClick(el, answers[id]);
      const ticked = () =>
        inputs(el)
          .filter((input) => input.checked)
          .map((input) => input.value);
      for (const id of ['night', 'relief', 'easeTime', 'warning', 'emergency', 'age']) {
        button(el, english.back)!.click();
        await settled(el);
        expect(ticked(), `back to ${id}`).to.deep.equal([answers[id]].flat());
      }
      for (const id of ['emergency', 'warning', 'easeTime', 'relief', 'night']) {
        button(el, english.next)!.click();
        await settled(el);
        expect(ticked(), `next to ${id}`).to.deep.equal([answers[id]].flat());
      }
      button(el, english.back)!.click();
      await settled(el);
      inputs(el)
        .find((input) => input.value === 'moveNotRest')!
        .click();
      await el.updateComplete;
      button(el, english.back)!.click();
      await settled(el);
      button(el, english.back)!.click();
      await settled(el);
      expect(ticked()).to.deep.equal(['fever', 'weightLoss']);
    });

    it('"Start again" after an urgent result leaves no stale alert, so a second urgent result is announced again', async () => {
      const el = await quiz();
      await runByClick(el, { age: '16to49', emergency: ['saddle'] });
      expect(alertText(el)).to.include(english.urgent.heading);
      button(el, english.startAgain)!.click();
      await settled(el);
      expect(alertText(el)).to.equal('');
      await runByClick(el, { age: '16to49', emergency: ['bothLegs'] });
      expect(alertText(el)).to.include(english.urgent.heading);
    });

    it('"Start again" and reset() clear every answer', async () => {
      const el = await quiz();
      await runByClick(el, mechanical);
      button(el, english.startAgain)!.click();
      await settled(el);
      expect(heading(el)).to.equal(english.intro.heading);
      expect(el.result).to.equal(null);
      await start(el);
      expect(inputs(el).some((input) => input.checked)).to.equal(false);
      el.reset();
      await el.updateComplete;
      expect(heading(el)).to.equal(english.intro.heading);
    });

    it('makes "None of these" exclusive both ways and announces each change', async () => {
      const el = await quiz();
      await start(el);
      await answerByClick(el, '16to49');
      const box = (value: string) => inputs(el).find((input) => input.value === value)!;
      box('saddle').click();
      await el.updateComplete;
      box('none').click();
      await el.updateComplete;
      expect(
        inputs(el)
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal(['none']);
      expect(live(el)).to.equal(english.othersCleared);
      box('chestPain').click();
      await el.updateComplete;
      expect(
        inputs(el)
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal(['chestPain']);
      expect(live(el)).to.equal(english.noneCleared);
    });
  });

  describe('events and analytics', () => {
    it('with report-outcome, fires start, step, complete and cta events that carry no answers', async () => {
      const el = await quiz('booking-url="https://example.com/book" report-outcome');
      const events: [string, unknown][] = [];
      for (const name of ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'] as const) {
        el.addEventListener(name, (event) => {
          expect(event.bubbles && event.composed, name).to.equal(true);
          events.push([name, event.detail]);
        });
      }
      await runByClick(el, mechanical);
      const link = button(el, english.mechanical.book)!;
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      expect(events[0]).to.deep.equal(['mrx-quiz-start', {}]);
      expect(events.filter(([name]) => name === 'mrx-quiz-step').map(([, detail]) => detail)).to.deep.equal(
        QUESTIONS.map((question, index) => ({ questionId: question.id, index, total: QUESTIONS.length })),
      );
      expect(events.at(-2)).to.deep.equal(['mrx-quiz-complete', { outcome: 'mechanical', cta: 'primary', rulesVersion: RULES_VERSION }]);
      expect(events.at(-1)).to.deep.equal(['mrx-quiz-cta', { action: 'book' }]);
      const text = JSON.stringify(events);
      for (const value of ['16to49', 'lt20', 'tightHips', 'rest']) expect(text).not.to.include(value);
    });

    it('fires nothing when the page sets properties or calls reset()', async () => {
      const el = await quiz();
      let events = 0;
      for (const name of ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'])
        el.addEventListener(name, () => events++);
      el.bookingUrl = 'https://example.com/x';
      el.clinicName = 'X';
      el.reset();
      await el.updateComplete;
      expect(events).to.equal(0);
    });

    it('pushes only event names to window.dataLayer with analytics="datalayer", and nothing without it', async () => {
      const w = window as unknown as { dataLayer?: unknown[] };
      delete w.dataLayer;
      const quiet = await quiz('booking-url="https://example.com/book"');
      await runByClick(quiet, mechanical);
      expect(w.dataLayer).to.equal(undefined);

      const el = await quiz('analytics="datalayer" booking-url="https://example.com/book"');
      await runByClick(el, mechanical);
      const link = button(el, english.mechanical.book)!;
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      expect(w.dataLayer).to.deep.equal([{ event: 'mrx_quiz_start' }, { event: 'mrx_quiz_complete' }, { event: 'mrx_quiz_cta' }]);
      delete w.dataLayer;
    });
  });

  describe('rules 2026-12 results', () => {
    const text = (el: MrxStiffnessQuiz) => root(el).querySelector('[part="result"]')!.textContent.replace(/\s+/g, ' ');
    const safetyNet = (el: MrxStiffnessQuiz) => root(el).querySelector('[part="safety-net"]');
    const printButton = (el: MrxStiffnessQuiz, t: QuizStrings) => button(el, t.summary.print);

    for (const [lang, t] of [
      ['en', english],
      ['es', spanish],
    ] as const) {
      describe(lang, () => {
        const fill = (line: string) => line.replace('{emergency}', '911').replace('{clinic}', 'MotionRx');

        it('fever: "contact a doctor today", no booking at all, reassurance, safety net and summary; axe clean', async () => {
          const el = await quiz(`lang="${lang}" booking-url="https://example.com/book" clinic-name="MotionRx"`);
          await runByClick(el, { ...mechanical, warning: ['fever'] });
          expect(el.result).to.include({ outcome: 'see-doctor', urgency: 'today', cta: 'none' });
          expect(heading(el)).to.equal(t.seeDoctor.today.heading);
          expect(live(el)).to.equal(t.seeDoctor.today.heading);
          for (const line of t.seeDoctor.today.body) expect(text(el)).to.include(fill(line));
          expect(text(el)).to.include(t.seeDoctor.reassure);
          expect(text(el)).to.include(t.signs.seeDoctor.fever);
          expect(root(el).querySelector('a[href^="http"]'), 'no booking link').to.equal(null);
          expect(text(el)).not.to.include(fill(t.seeDoctor.book));
          expect(text(el)).not.to.include(t.tipsHeading);
          expect(safetyNet(el), 'safety net').to.exist;
          expect(printButton(el, t), 'summary action').to.exist;
          await expect(el).to.be.accessible();
        });

        it('cancer: "within a day or two", the secondary booking link, reassurance and the safety net; axe clean', async () => {
          const el = await quiz(`lang="${lang}" booking-url="https://example.com/book" clinic-name="MotionRx"`);
          await runByClick(el, { ...mechanical, warning: ['cancer'] });
          expect(el.result).to.include({ outcome: 'see-doctor', urgency: 'soon', cta: 'secondary' });
          expect(heading(el)).to.equal(t.seeDoctor.soon.heading);
          for (const line of t.seeDoctor.soon.body) expect(text(el)).to.include(fill(line));
          expect(text(el)).to.include(t.seeDoctor.reassure);
          const book = button(el, fill(t.seeDoctor.book)) as HTMLAnchorElement;
          expect(book.href).to.equal('https://example.com/book');
          expect(book.classList.contains('link')).to.equal(true);
          expect(safetyNet(el)).to.exist;
          expect(text(el)).not.to.include(t.mechanical.notBetter);
          await expect(el).to.be.accessible();
        });

        it('routine inflammatory pattern: "in the next few weeks" and ask about axial spondyloarthritis', async () => {
          const el = await quiz(`lang="${lang}" booking-url="https://example.com/book"`);
          await runByClick(el, seeDoctor);
          expect(el.result).to.include({ outcome: 'see-doctor', urgency: 'routine', cta: 'secondary' });
          for (const line of t.seeDoctor.routine.body) expect(text(el)).to.include(line);
          expect(text(el)).to.include(t.seeDoctor.askInflammatory);
          await expect(el).to.be.accessible();
        });

        it('common stiffness: the 4-6 week line and the safety net with every emergency sign; no watch note; axe clean', async () => {
          const el = await quiz(`lang="${lang}" booking-url="https://example.com/book"`);
          await runByClick(el, mechanical);
          expect(heading(el)).to.equal(t.mechanical.heading);
          expect(text(el)).to.include(t.mechanical.notBetter);
          expect(text(el)).not.to.include(t.mechanical.watchPattern);
          const net = safetyNet(el)!;
          expect(net.querySelector('h3')!.textContent).to.equal(t.safetyNet.heading);
          expect(Array.from(net.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(Object.values(t.signs.emergency));
          expect(net.querySelector('a[href="tel:911"]')).to.exist;
          await expect(el).to.be.accessible();
        });

        it('the pattern for under 3 months: common stiffness with the watch note', async () => {
          const el = await quiz(`lang="${lang}"`);
          await runByClick(el, { ...seeDoctor, duration: '6wto3m' });
          expect(el.result).to.include({ outcome: 'mechanical' });
          expect(el.result!.reasons).to.deep.equal(['eases', 'watchPattern']);
          expect(root(el).querySelector('.note')!.textContent).to.equal(t.mechanical.watchPattern);
          await expect(el).to.be.accessible();
        });

        it('urgent: "don\'t drive yourself", no summary, no safety net box; axe clean', async () => {
          const el = await quiz(`lang="${lang}"`);
          await start(el);
          await answerByClick(el, '16to49');
          await answerByClick(el, ['bellyPain']);
          expect(heading(el)).to.equal(t.urgent.heading);
          for (const line of t.urgent.dont) expect(text(el)).to.include(line);
          expect(text(el)).to.include(t.signs.emergency.bellyPain);
          expect(printButton(el, t)).to.equal(undefined);
          expect(safetyNet(el)).to.equal(null);
          await expect(el).to.be.accessible();
        });

        it('the emergency question says "new" and "if you are not sure, choose it"', async () => {
          const el = await quiz(`lang="${lang}"`);
          await start(el);
          await answerByClick(el, '16to49');
          const fieldset = root(el).querySelector('fieldset')!.textContent;
          expect(fieldset).to.include(t.questions.emergency.legend).and.include(t.questions.emergency.hint!);
          expect(inputs(el).map((input) => input.value)).to.include('bellyPain');
        });

        it('the summary for the doctor prints alone, on one Letter or A4 page, with every answer, the result and reasons in words', async () => {
          // Three pages of article around the check: left out of the print.
          const wrapper = await fixture(
            `<div><p id="page-text" style="height: 3000px">Article text</p><div><mrx-stiffness-quiz lang="${lang}" clinic-name="MotionRx Tampa"></mrx-stiffness-quiz></div></div>`,
          );
          const el = wrapper.querySelector('mrx-stiffness-quiz') as MrxStiffnessQuiz;
          await until(() => !!heading(el));
          // A typical run: every question answered, several choices where there can be.
          const answers: Choice = {
            ...mechanical,
            warning: ['cancer', 'upperBack'],
            relief: 'both',
            factors: ['tightHips', 'afterSitting', 'mostlySitting'],
          };
          await runByClick(el, answers);
          // No summary until asked for.
          expect(root(el).querySelector('[part="summary"]')).to.equal(null);
          const print = window.print;
          let printing = 0;
          window.print = () => printing++;
          try {
            for (const format of ['letter', 'a4'] as const) {
              // Printing to PDF closes the print state (afterprint), so each paper size asks again.
              printButton(el, t)!.click();
              await until(() => printing > 0);
              printing = 0;
              expect(el.hasAttribute(PRINTING)).to.equal(true);
              // While it prints, the element shows the summary alone, laid out (on screen too).
              const summary = root(el).querySelector<HTMLElement>('[part="summary"]')!;
              expect(root(el).querySelector<HTMLElement>('[part="result"]')!.checkVisibility(), 'the result is left out').to.equal(false);
              for (const line of summary.querySelectorAll('h2, dt, dd, li'))
                expect(line.checkVisibility(), line.textContent).to.equal(true);
              // On paper: one page, with text on it.
              const pages = await printToPdf(format, `/tmp/mrx-summary-${lang}-${format}-${browserName}.pdf`);
              expect(pages, `${format} pages`).to.have.length(1);
              // Spaces aside: Firefox's PDF splits ligatures ("sti ff ness").
              const paper = pages[0].replace(/\s+/g, '');
              for (const line of [t.summary.heading, t.questions.age.legend, t.questions.factors.legend, t.signs.seeDoctor.upperBack]) {
                expect(paper, `${format}: ${line}`).to.include(line.replace(/\s+/g, ''));
              }
              expect(paper, `${format}: the article is left out`).not.to.include('Articletext');
            }
            printButton(el, t)!.click();
            await until(() => printing > 0);
            if (!isFirefox) {
              // What print media shows, checked where the browser can emulate it (CDP).
              await emulatePrintMedia(true);
              try {
                expect(getComputedStyle(root(el).querySelector('[part="summary"]')!).display).to.equal('block');
                expect(getComputedStyle(root(el).querySelector('[part="result"]')!).display, 'the result is left out').to.equal('none');
                expect(getComputedStyle(document.getElementById('page-text')!).display, 'the page is left out').to.equal('none');
              } finally {
                await emulatePrintMedia(false);
              }
            }
          } finally {
            window.print = print;
          }
          const summary = root(el).querySelector('[part="summary"]')!.textContent.replace(/\s+/g, ' ');
          expect(summary).to.include(t.summary.heading).and.include('MotionRx Tampa').and.include(RULES_VERSION);
          expect(summary).to.include(new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()));
          for (const question of QUESTIONS) {
            const options = t.questions[question.id].options as Record<string, string>;
            expect(summary, question.id).to.include(t.questions[question.id].legend);
            for (const option of [answers[question.id]].flat()) expect(summary, `${question.id} ${option}`).to.include(options[option]);
          }
          expect(summary)
            .to.include(t.seeDoctor.soon.heading)
            .and.include(t.signs.seeDoctor.cancer)
            .and.include(t.signs.seeDoctor.upperBack);
          // The dialog closed: the page is as it was.
          window.dispatchEvent(new Event('afterprint'));
          expect(el.hasAttribute(PRINTING)).to.equal(false);
          expect(document.adoptedStyleSheets).to.have.length(0);
          expect(getComputedStyle(root(el).querySelector('[part="summary"]')!).display).to.equal('none');
        });
      });
    }

    it('the summary says when the optional question was not answered', async () => {
      const el = await quiz();
      await start(el);
      for (const question of QUESTIONS.slice(0, -1)) await answerByClick(el, mechanical[question.id]);
      // Skip factors.
      root(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
      await settled(el);
      const print = window.print;
      window.print = () => {};
      try {
        button(el, english.summary.print)!.click();
        await until(() => !!root(el).querySelector('[part="summary"]'));
      } finally {
        window.print = print;
        window.dispatchEvent(new Event('afterprint'));
      }
      const items = Array.from(root(el).querySelectorAll('[part="summary"] dd'), (dd) => dd.textContent);
      expect(items.at(-1)).to.equal(english.summary.notAnswered);
    });
  });

  describe('events are private by default', () => {
    const NAMES = ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'] as const;

    /** Every quiz event a page script hears on the way to a result and a click on every link there. */
    async function heard(answers: Choice, attributes: string): Promise<string[]> {
      const el = await quiz(`booking-url="https://example.com/book" ${attributes}`);
      const events: string[] = [];
      // Heard outside the element, as a page script would: the events bubble and are composed.
      for (const name of NAMES)
        el.parentElement!.addEventListener(name, (event) => events.push(`${name} ${JSON.stringify((event as CustomEvent).detail)}`));
      await runByClick(el, answers);
      for (const link of root(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
        link.addEventListener('click', (event) => event.preventDefault());
        link.click();
      }
      return events;
    }

    it('without report-outcome, an urgent, a today and a common run sound the same to the page', async () => {
      const urgent = await heard({ ...mechanical, emergency: ['saddle'] }, '');
      const today = await heard({ ...mechanical, warning: ['fever'] }, '');
      const common = await heard(mechanical, '');
      const expected = ['mrx-quiz-start {}', `mrx-quiz-complete {"rulesVersion":"${RULES_VERSION}"}`];
      expect(urgent).to.deep.equal(expected);
      expect(today).to.deep.equal(expected);
      expect(common).to.deep.equal(expected);
    });

    it('with report-outcome, the page hears the steps, the outcome and the emergency call', async () => {
      const urgent = await heard({ ...mechanical, emergency: ['saddle'] }, 'report-outcome');
      expect(urgent).to.deep.equal([
        'mrx-quiz-start {}',
        'mrx-quiz-step {"questionId":"age","index":0,"total":12}',
        'mrx-quiz-step {"questionId":"emergency","index":1,"total":12}',
        `mrx-quiz-complete {"outcome":"urgent","cta":"none","rulesVersion":"${RULES_VERSION}"}`,
        'mrx-quiz-cta {"action":"emergency-call"}',
      ]);
      const today = await heard({ ...mechanical, warning: ['fever'] }, 'report-outcome');
      expect(today.filter((line) => line.startsWith('mrx-quiz-complete'))).to.deep.equal([
        `mrx-quiz-complete {"outcome":"see-doctor","urgency":"today","cta":"none","rulesVersion":"${RULES_VERSION}"}`,
      ]);
      expect(today.at(-1)).to.equal('mrx-quiz-cta {"action":"emergency-call"}');
    });
  });

  describe('cta-target', () => {
    it('scrolls to and focuses the target instead of following booking-url', async () => {
      const wrapper = await fixture(
        html`<div>
          <mrx-stiffness-quiz cta-target="#clinic" booking-url="https://example.com/book"></mrx-stiffness-quiz>
          <div style="height: 2000px"></div>
          <section id="clinic">Clinic</section>
        </div>`,
      );
      const el = wrapper.querySelector('mrx-stiffness-quiz')!;
      await until(() => !!heading(el));
      await runByClick(el, mechanical);
      const cta = oneEvent(el, 'mrx-quiz-cta');
      const book = button(el, english.mechanical.book)!;
      expect(book.localName).to.equal('button');
      book.click();
      expect((await cta).detail).to.deep.equal({ action: 'book' });
      const target = wrapper.querySelector('#clinic')!;
      expect(document.activeElement).to.equal(target);
      const box = target.getBoundingClientRect();
      expect(box.top).to.be.within(-1, innerHeight);
    });
  });

  describe('bad input', () => {
    it("shows the author's fallback content until the copy has loaded", async () => {
      // Spanish loads with a dynamic import, which cannot settle before the first render.
      const host = document.createElement('div');
      host.innerHTML = '<mrx-stiffness-quiz lang="es"><p id="fallback">Call 911 if very unwell.</p></mrx-stiffness-quiz>';
      document.body.append(host);
      const el = host.querySelector('mrx-stiffness-quiz') as MrxStiffnessQuiz;
      const fallback = host.querySelector('#fallback')!;
      await el.updateComplete;
      expect(heading(el)).to.equal(undefined);
      expect(fallback.checkVisibility()).to.equal(true);
      await until(() => !!heading(el));
      host.remove();
      expect(fallback.checkVisibility()).to.equal(false);
    });

    it('uses booking-url when cta-target matches nothing, and hides booking when neither works', async () => {
      const el = await quiz('cta-target="#not-on-this-page" booking-url="https://example.com/book"');
      await runByClick(el, mechanical);
      expect((button(el, english.mechanical.book) as HTMLAnchorElement).href).to.equal('https://example.com/book');
      const none = await quiz('cta-target="#not-on-this-page"');
      await runByClick(none, mechanical);
      expect(button(none, english.mechanical.book)).to.equal(undefined);
    });

    it('accepts the emergency number as a number property, and removing it quietly means 911', async () => {
      const el = await quiz('emergency-number="112"');
      (el as unknown as { emergencyNumber: number }).emergencyNumber = 999;
      await el.updateComplete;
      expect(root(el).textContent).to.include('999');
      el.removeAttribute('emergency-number');
      await el.updateComplete;
      expect(spy.errors).to.deep.equal([]);
      await start(el);
      await answerByClick(el, '16to49');
      await answerByClick(el, ['saddle']);
      expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:911');
    });

    it('refuses a javascript: booking-url, reports it, and hides the booking action', async () => {
      const el = await quiz('booking-url="javascript:alert(1)"');
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^mrx-stiffness-quiz: booking-url must be an http\(s\) link.*"javascript:alert\(1\)"/);
      await runByClick(el, mechanical);
      expect(button(el, english.mechanical.book)).to.equal(undefined);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('reports an empty booking-url and hides the booking action', async () => {
      const el = await quiz('booking-url=""');
      expect(spy.errors).to.deep.equal(['mrx-stiffness-quiz: booking-url must be an http(s) link; booking is hidden, got "".']);
      await runByClick(el, mechanical);
      expect(button(el, english.mechanical.book)).to.equal(undefined);
    });

    it('reports an invalid cta-target selector and uses booking-url instead', async () => {
      const el = await quiz('cta-target="##bad[" booking-url="https://example.com/book"');
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^mrx-stiffness-quiz: cta-target must be a CSS selector, got "##bad\["/);
      await runByClick(el, mechanical);
      expect((button(el, english.mechanical.book) as HTMLAnchorElement).href).to.equal('https://example.com/book');
    });

    it('reports a bad emergency-number and calls 911', async () => {
      const el = await quiz('emergency-number="call us"');
      expect(spy.errors[0]).to.match(/^mrx-stiffness-quiz: emergency-number must be a phone number; using 911, got "call us"/);
      await start(el);
      await answerByClick(el, '16to49');
      await answerByClick(el, ['saddle']);
      expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:911');
    });

    it('dials a configured number as digits', async () => {
      const el = await quiz('emergency-number="+44 (0) 999"');
      await start(el);
      await answerByClick(el, '16to49');
      await answerByClick(el, ['saddle']);
      const call = root(el).querySelector('a[href^="tel:"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+440999');
      expect(call.textContent).to.include('+44 (0) 999');
    });

    it('reports an unknown persist value and keeps answers in memory only', async () => {
      const el = await quiz('persist="local"');
      expect(spy.errors[0]).to.match(/^mrx-stiffness-quiz: persist must be "session"/);
      await start(el);
      await answerByClick(el, '16to49');
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
    });

    it('reports an unknown language, shows English marked as English, and speaks Spanish for es', async () => {
      const unknown = await quiz('lang="tlh"');
      expect(heading(unknown)).to.equal(english.intro.heading);
      expect(root(unknown).querySelector('section')!.getAttribute('lang')).to.equal('en');
      expect(spy.errors).to.deep.equal(['mrx-stiffness-quiz: lang must be "en" or "es", got "tlh"; showing English.']);
      spy.errors.length = 0;
      const es = await quiz('lang="es"');
      expect(heading(es)).to.equal(spanish.intro.heading);
      await start(es);
      expect(root(es).querySelector('[part="progress"]')!.textContent.trim()).to.equal(
        spanish.progress.replace('{current}', '1').replace('{total}', String(QUESTIONS.length)),
      );
      expect(heading(es)).to.equal(spanish.questions.age.legend);
      await expect(es).to.be.accessible();
      expect(spy.errors).to.deep.equal([]);
    });
  });

  describe('privacy', () => {
    it('makes no request, sets no cookie and writes no storage in a default run', async () => {
      const calls: string[] = [];
      const originals = {
        fetch: window.fetch,
        open: XMLHttpRequest.prototype.open,
        beacon: navigator.sendBeacon,
        setItem: Storage.prototype.setItem,
        cookie: Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!,
      };
      window.fetch = (...args: Parameters<typeof fetch>) => (
        calls.push(`fetch ${args[0] instanceof Request ? args[0].url : String(args[0])}`),
        originals.fetch(...args)
      );
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        calls.push(`xhr ${String(args[1])}`);
        return (originals.open as (...a: unknown[]) => void).apply(this, args);
      };
      navigator.sendBeacon = (url: string | URL) => (calls.push(`beacon ${url}`), true);
      Storage.prototype.setItem = function (key: string) {
        calls.push(`storage ${key}`);
      };
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get: () => '',
        set: (value: string) => calls.push(`cookie ${value}`),
      });
      const title = document.title;
      const url = location.href;
      try {
        const el = await quiz('booking-url="https://example.com/book" clinic-name="MotionRx"');
        const attributes = el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`);
        await runByClick(el, mechanical);
        el.reset();
        await el.updateComplete;
        await runByClick(el, { age: '16to49', emergency: ['saddle'] });
        expect(calls).to.deep.equal([]);
        expect(document.title).to.equal(title);
        expect(location.href).to.equal(url);
        expect(el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`)).to.deep.equal(attributes);
      } finally {
        window.fetch = originals.fetch;
        XMLHttpRequest.prototype.open = originals.open;
        navigator.sendBeacon = originals.beacon;
        Storage.prototype.setItem = originals.setItem;
        Object.defineProperty(Document.prototype, 'cookie', originals.cookie);
      }
    });

    it('with persist="session", restores the step and answers in a new element after a reload', async () => {
      const first = await quiz('id="check" persist="session"');
      await start(first);
      await answerByClick(first, '50plus');
      await answerByClick(first, ['none']);
      first.remove();
      const second = await quiz('id="check" persist="session"');
      expect(heading(second)).to.equal(english.questions.warning.legend);
      button(second, english.back)!.click();
      await settled(second);
      expect(
        inputs(second)
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal(['none']);
      second.reset();
      expect(sessionStorage.getItem('mrx-stiffness-quiz#check')).to.equal(null);
    });

    it('restores saved progress on the result screen', async () => {
      const first = await quiz('persist="session"');
      await runByClick(first, seeDoctor);
      first.remove();
      const second = await quiz('persist="session"');
      expect(heading(second)).to.equal(english.seeDoctor.routine.heading);
      expect(second.result).to.include({ outcome: 'see-doctor' });
      second.reset();
    });

    it('ignores, reports and clears bad saved progress instead of throwing', async () => {
      const saved = (step: number, answers: object, rules = RULES_VERSION) => JSON.stringify({ v: 1, rules, step, answers });
      for (const bad of [
        '{not json',
        saved(3, { age: 'old' }),
        saved(1, {}, '1999-01'),
        saved(99, {}),
        // Steps the answers could not have reached: past unanswered questions, or a result without one.
        saved(11, {}),
        saved(5, { age: '16to49', emergency: ['none'] }),
        saved(12, { age: '16to49', emergency: ['none'], warning: ['none'] }),
      ]) {
        spy.errors.length = 0;
        sessionStorage.setItem('mrx-stiffness-quiz', bad);
        const el = await quiz('persist="session"');
        expect(heading(el), bad).to.equal(english.intro.heading);
        expect(spy.errors, bad).to.have.length(1);
        expect(spy.errors[0]).to.match(/^mrx-stiffness-quiz: ignoring saved progress in sessionStorage\["mrx-stiffness-quiz"\]/);
        expect(sessionStorage.getItem('mrx-stiffness-quiz')).to.equal(null);
        el.remove();
      }
    });
  });

  describe('preparing the next view in the background', () => {
    /** Resolves after the background tasks queued so far (the quiz queues its preparation as one). */
    const { scheduler } = window as unknown as {
      scheduler: { postTask(task: () => void, options: { priority: 'background' }): Promise<void> };
    };
    const background = () => scheduler.postTask(() => {}, { priority: 'background' });

    /** Watches the quiz's shadow root: the heading of every box it prepared a view in. */
    function watchBoxes(el: MrxStiffnessQuiz) {
      const boxes: string[] = [];
      // A box is added and removed in one task: the records still hold it, contents and all.
      const note = (records: MutationRecord[]) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement && node.classList.contains('prepare'))
              boxes.push(node.querySelector('h2')?.textContent?.trim() ?? '');
      };
      const observer = new MutationObserver(note);
      observer.observe(root(el), { childList: true, subtree: true });
      return {
        seen: () => (note(observer.takeRecords()), boxes),
        stop: () => observer.disconnect(),
      };
    }

    /** A quiz watched from its first render on. */
    async function watchedQuiz() {
      const el = document.createElement('mrx-stiffness-quiz');
      (await fixture(html`<div></div>`)).append(el);
      const watch = watchBoxes(el);
      await until(() => !!heading(el));
      return { el, watch };
    }

    it('renders the first question once, hidden, when focus comes to the introduction, and leaves nothing behind', async () => {
      const hidden: string[] = [];
      const { getBoundingClientRect } = HTMLElement.prototype;
      // The box is styled and laid out before it goes: note how it looked at that moment.
      HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
        if (this.classList.contains('prepare')) hidden.push(`${getComputedStyle(this).visibility} ${getComputedStyle(this).position}`);
        return getBoundingClientRect.call(this);
      };
      try {
        const { el, watch } = await watchedQuiz();
        const events: string[] = [];
        for (const type of ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'])
          el.addEventListener(type, () => events.push(type));
        const before = root(el).innerHTML;
        await background();
        expect(watch.seen(), 'before a reader comes to the quiz').to.deep.equal([]);
        root(el).querySelector<HTMLElement>('h2')!.focus();
        await background();
        expect(watch.seen()).to.deep.equal([english.questions.age.legend]);
        expect(hidden).to.deep.equal(['hidden absolute']);
        expect(root(el).innerHTML).to.equal(before);
        expect(root(el).querySelector('.prepare')).to.equal(null);
        expect(heading(el)).to.equal(english.intro.heading);
        expect(events).to.deep.equal([]);
        // Once per element: the introduction again prepares nothing new.
        await start(el);
        el.reset();
        await settled(el);
        await background();
        expect(watch.seen()).to.have.length(1);
        watch.stop();
      } finally {
        HTMLElement.prototype.getBoundingClientRect = getBoundingClientRect;
      }
    });

    it('renders the result on the answers so far while the last question shows; the press shows the same verdict', async () => {
      const { el, watch } = await watchedQuiz();
      await background();
      await start(el);
      const events: string[] = [];
      el.addEventListener('mrx-quiz-complete', () => events.push('complete'));
      const last = QUESTIONS.length - 1;
      while (questionIndex(el) < last) await answerByClick(el, mechanical[QUESTIONS[questionIndex(el)].id]);
      await background();
      expect(el.result).to.equal(null);
      expect(events).to.deep.equal([]);
      // (The first question too, where the browser saw the test's pointer over the quiz.)
      expect(watch.seen().filter((heading) => heading !== english.questions.age.legend)).to.deep.equal([english.mechanical.heading]);
      expect(root(el).querySelector('.prepare')).to.equal(null);
      root(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
      await settled(el);
      expect(heading(el)).to.equal(english.mechanical.heading);
      expect(events).to.deep.equal(['complete']);
      watch.stop();
    });

    it('prepares nothing for a quiz removed before its background task runs', async () => {
      const { el, watch } = await watchedQuiz();
      expect(watch.seen()).to.deep.equal([]);
      // Focus queues the preparation; the quiz leaves the page before it runs.
      root(el).querySelector<HTMLElement>('h2')!.focus();
      el.remove();
      await background();
      expect(watch.seen()).to.deep.equal([]);
      watch.stop();
    });

    // Last: in Firefox the pointer it leaves behind comes over the quizzes of later tests.
    it('also prepares the first question when a pointer comes over the quiz', async () => {
      const { el, watch } = await watchedQuiz();
      await background();
      expect(watch.seen()).to.deep.equal([]);
      const box = el.getBoundingClientRect();
      try {
        await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await background();
        expect(watch.seen()).to.deep.equal([english.questions.age.legend]);
      } finally {
        await resetMouse();
        watch.stop();
      }
    });
  });

  describe('layout', () => {
    it('fits 320 px with answer and button targets of at least 24 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await quiz('booking-url="https://example.com/book"');
        await start(el);
        await answerByClick(el, '16to49');
        expect(el.scrollWidth).to.be.at.most(320);
        for (const target of root(el).querySelectorAll('label, button')) {
          const box = target.getBoundingClientRect();
          expect(box.height, target.textContent).to.be.at.least(24);
          expect(box.right).to.be.at.most(321);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    itIn(
      'chromium',
      'forced-colours emulation needs CDP',
      'stays usable in forced-colours mode: answers and buttons keep visible borders',
      async () => {
        await forcedColors('active');
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const el = await quiz('booking-url="https://example.com/book"');
          await start(el);
          for (const target of root(el).querySelectorAll('label, button')) {
            const style = getComputedStyle(target);
            expect(style.borderTopStyle, target.textContent).to.equal('solid');
            expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
          }
          inputs(el)[0].focus();
          expect(getComputedStyle(inputs(el)[0]).outlineStyle).to.equal('solid');
        } finally {
          await forcedColors('none');
        }
      },
    );

    it('passes axe on a question with an error shown', async () => {
      const el = await quiz();
      await start(el);
      button(el, english.next)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
