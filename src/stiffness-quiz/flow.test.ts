// Pure: chai only, no DOM, so this runs in Node (mocha + tsx) as well as in the browsers.
import { expect } from 'chai';
import { BASELINE } from '../test-support/quiz-answers.js';
import { EMERGENCY_FLAGS, evaluate, QUESTIONS, type Answers, type QuestionId } from './engine.js';
import {
  answer,
  chosen,
  EMERGENCY,
  hasEmergencySign,
  INTRO,
  isQuestion,
  isStep,
  nextStep,
  previousStep,
  questionAt,
  reachable,
  RESULT,
  stepAfterChange,
  stepOf,
  stepShown,
  toggleOption,
  unanswered,
} from './flow.js';

/** Every step, from the introduction to the result. */
const STEPS = Array.from({ length: QUESTIONS.length + 2 }, (_, index) => index - 1);
/** Every question's step. */
const QUESTION_STEPS = QUESTIONS.map((_, index) => index);
const MULTI = QUESTIONS.filter((question) => question.kind === 'multi');

/** BASELINE without the answer to `id`. */
function without(id: QuestionId): Answers {
  const answers: Answers = { ...BASELINE };
  delete answers[id];
  return answers;
}

/** BASELINE's answers to the first `count` questions only. */
function firstAnswers(count: number): Answers {
  return Object.fromEntries(QUESTIONS.slice(0, count).map((question) => [question.id, BASELINE[question.id]]));
}

describe('stiffness-quiz flow: steps', () => {
  it('has the introduction, twelve questions and the result, the emergency signs second', () => {
    expect(INTRO).to.equal(-1);
    expect(RESULT).to.equal(12);
    expect(EMERGENCY).to.equal(1);
    expect(questionAt(EMERGENCY).id).to.equal('emergency');
    expect(STEPS).to.have.length(14);
  });

  it('knows a step, and a question step, from anything else', () => {
    for (const step of STEPS) {
      expect(isStep(step), String(step)).to.equal(true);
      expect(isQuestion(step), String(step)).to.equal(step !== INTRO && step !== RESULT);
    }
    for (const bad of [-2, 13, 99, 1.5, NaN, Infinity, '1', null, undefined, [1], {}])
      expect(isStep(bad), JSON.stringify(bad)).to.equal(false);
  });

  it('maps every question to its step and back', () => {
    for (const step of QUESTION_STEPS) expect(stepOf(questionAt(step).id)).to.equal(step);
    for (const step of [INTRO, RESULT]) expect(() => questionAt(step)).to.throw(RangeError);
  });

  it('needs an answer to every required question, and an empty list is none', () => {
    for (const step of QUESTION_STEPS) {
      const { id, kind, required } = questionAt(step);
      expect(unanswered({}, step), id).to.equal(required);
      expect(unanswered(BASELINE, step), id).to.equal(false);
      if (kind === 'multi') expect(unanswered({ [id]: [] }, step), id).to.equal(required);
    }
    expect(QUESTIONS.filter((question) => !question.required).map((question) => question.id)).to.deep.equal(['factors']);
  });
});

describe('stiffness-quiz flow: next, back and change my answers', () => {
  it('goes from each answered question to the next one, and from the last to the result', () => {
    for (const step of QUESTION_STEPS) {
      expect(nextStep(BASELINE, step), questionAt(step).id).to.equal(step + 1);
      expect(nextStep(firstAnswers(step + 1), step), `only the first ${step + 1} answered`).to.equal(step + 1);
    }
    expect(nextStep(BASELINE, RESULT - 1)).to.equal(RESULT);
    expect(nextStep(without('factors'), RESULT - 1), 'the last question is optional').to.equal(RESULT);
  });

  it('stops at the result for every emergency sign, alone or with other answers', () => {
    for (const flag of EMERGENCY_FLAGS) {
      expect(nextStep({ age: '16to49', emergency: [flag] }, EMERGENCY), flag).to.equal(RESULT);
      expect(nextStep({ emergency: [flag] }, EMERGENCY), `${flag} before age`).to.equal(RESULT);
      expect(nextStep({ ...BASELINE, emergency: [flag] }, EMERGENCY), `${flag} with every answer`).to.equal(RESULT);
      // A stale list with "None of these" still ticked (saved before the exclusivity) counts as a sign.
      expect(nextStep({ age: '16to49', emergency: [flag, 'none'] }, EMERGENCY), `${flag} and none`).to.equal(RESULT);
      expect(nextStep({ age: '16to49', emergency: [...EMERGENCY_FLAGS] }, EMERGENCY)).to.equal(RESULT);
    }
    expect(nextStep({ age: '16to49', emergency: ['none'] }, EMERGENCY)).to.equal(EMERGENCY + 1);
  });

  it('checks for an emergency sign only when leaving the emergency question', () => {
    const urgent: Answers = { ...BASELINE, emergency: ['saddle'] };
    for (const step of QUESTION_STEPS) expect(nextStep(urgent, step), questionAt(step).id).to.equal(step === EMERGENCY ? RESULT : step + 1);
  });

  it('tells emergency signs from "None of these"', () => {
    for (const flag of EMERGENCY_FLAGS) expect(hasEmergencySign({ emergency: [flag] }), flag).to.equal(true);
    expect(hasEmergencySign({ emergency: ['none'] })).to.equal(false);
    expect(hasEmergencySign({ emergency: [] })).to.equal(false);
    expect(hasEmergencySign({})).to.equal(false);
    expect(hasEmergencySign(BASELINE)).to.equal(false);
  });

  it('goes to the first missing question when the result is asked for too early', () => {
    for (const question of QUESTIONS.filter((each) => each.required)) {
      expect(nextStep(without(question.id), RESULT - 1), question.id).to.equal(stepOf(question.id));
      expect(stepShown(without(question.id), RESULT), question.id).to.equal(stepOf(question.id));
    }
    expect(nextStep({ factors: ['none'] }, RESULT - 1)).to.equal(0);
    expect(stepShown({ age: '16to49', emergency: ['none'], night: 'no' }, RESULT)).to.equal(stepOf('warning'));
  });

  it('shows every other step as asked, and the result once there is one', () => {
    for (const step of STEPS.filter((each) => each !== RESULT)) {
      expect(stepShown({}, step), String(step)).to.equal(step);
      expect(stepShown(BASELINE, step), String(step)).to.equal(step);
    }
    expect(stepShown(BASELINE, RESULT)).to.equal(RESULT);
    expect(stepShown({}, RESULT)).to.equal(0);
    for (const flag of EMERGENCY_FLAGS) expect(stepShown({ emergency: [flag] }, RESULT), flag).to.equal(RESULT);
  });

  it('goes back one question, and from the first to the introduction', () => {
    for (const step of QUESTION_STEPS) expect(previousStep(step)).to.equal(step === 0 ? INTRO : step - 1);
    expect(previousStep(0)).to.equal(INTRO);
    expect(previousStep(INTRO)).to.equal(INTRO);
  });

  it('changes answers at the emergency question after an urgent result, else at the last question', () => {
    for (const flag of EMERGENCY_FLAGS) {
      expect(stepAfterChange({ age: '50plus', emergency: [flag] }), flag).to.equal(EMERGENCY);
      expect(stepAfterChange({ ...BASELINE, emergency: [flag] }), flag).to.equal(EMERGENCY);
    }
    expect(stepAfterChange(BASELINE), 'mechanical').to.equal(RESULT - 1);
    expect(stepAfterChange({ ...BASELINE, warning: ['fever'] }), 'see a doctor').to.equal(RESULT - 1);
    expect(stepAfterChange({ ...BASELINE, warning: ['cancer'] }), 'see a doctor today').to.equal(RESULT - 1);
  });

  it("asks the given judge, not the engine again, about the result (the element's kept verdict)", () => {
    const asked: Answers[] = [];
    const judge = (answers: Answers) => {
      asked.push(answers);
      return evaluate(answers);
    };
    expect(nextStep(BASELINE, RESULT - 1, judge)).to.equal(RESULT);
    const withoutAge = Object.fromEntries(Object.entries(BASELINE).filter(([id]) => id !== 'age')) as Answers;
    expect(nextStep(withoutAge, RESULT - 1, judge), 'incomplete: back to the first missing question').to.equal(0);
    expect(stepAfterChange(BASELINE, judge)).to.equal(RESULT - 1);
    expect(asked).to.have.length(3);
    expect(nextStep(BASELINE, 0, judge), 'not into the result: no verdict needed').to.equal(1);
    expect(asked).to.have.length(3);
  });
});

describe('stiffness-quiz flow: which saved step is reachable', () => {
  it('reaches every step with every answer, and with an emergency sign alone', () => {
    for (const step of STEPS) {
      expect(reachable(BASELINE, step), String(step)).to.equal(true);
      expect(reachable({ emergency: ['bothLegs'] }, step), String(step)).to.equal(true);
    }
  });

  it('reaches a question only once every required question before it is answered', () => {
    for (let count = 0; count <= QUESTIONS.length; count++) {
      const answers = firstAnswers(count);
      for (const step of STEPS) {
        // With the first `count` answered, question `count` is the first one still open.
        const expected = step === RESULT ? count >= RESULT - 1 : step <= count;
        expect(reachable(answers, step), `${count} answered, step ${step}`).to.equal(expected);
      }
    }
  });

  it('refuses the steps of the saved progress the quiz ignores', () => {
    expect(reachable({}, 11)).to.equal(false);
    expect(reachable({ age: '16to49', emergency: ['none'] }, 5)).to.equal(false);
    expect(reachable({ age: '16to49', emergency: ['none'], warning: ['none'] }, RESULT)).to.equal(false);
    expect(reachable({}, INTRO)).to.equal(true);
    expect(reachable({}, 0)).to.equal(true);
  });

  it('throws like evaluate() on unknown ids', () => {
    expect(() => reachable({ age: 'old' }, 0)).to.throw(/"age".*"old"/);
    expect(() => reachable({ shoeSize: '42' }, 0)).to.throw(/unknown question "shoeSize"/);
  });
});

describe('stiffness-quiz flow: "None of these" excludes everything else, both ways', () => {
  for (const question of MULTI) {
    const others: readonly string[] = question.options.filter((option) => option !== 'none');

    describe(question.id, () => {
      it('ticks "None of these" alone without a note', () => {
        expect(toggleOption(question.id, [], 'none', true)).to.deep.equal({ values: ['none'], note: null });
      });

      it('clears every other tick when "None of these" is ticked, and says so', () => {
        for (const other of others)
          expect(toggleOption(question.id, [other], 'none', true), other).to.deep.equal({ values: ['none'], note: 'othersCleared' });
        expect(toggleOption(question.id, others, 'none', true)).to.deep.equal({ values: ['none'], note: 'othersCleared' });
      });

      it('clears "None of these" when another answer is ticked, and says so', () => {
        for (const other of others)
          expect(toggleOption(question.id, ['none'], other, true), other).to.deep.equal({ values: [other], note: 'noneCleared' });
      });

      it('ticks and unticks the other answers freely, in the order they are shown', () => {
        for (const other of others) {
          expect(toggleOption(question.id, [], other, true), other).to.deep.equal({ values: [other], note: null });
          expect(toggleOption(question.id, [other], other, false), other).to.deep.equal({ values: [], note: null });
          expect(toggleOption(question.id, [other], other, true), `${other} twice`).to.deep.equal({ values: [other], note: null });
        }
        const [first, second, third] = others as [string, string, string];
        expect(toggleOption(question.id, [third, first], second, true)).to.deep.equal({ values: [first, second, third], note: null });
        expect(toggleOption(question.id, [first, second, third], second, false)).to.deep.equal({ values: [first, third], note: null });
        expect(toggleOption(question.id, others.slice(1), others[0], true)).to.deep.equal({ values: others, note: null });
      });

      it('unticks "None of these" without a note', () => {
        expect(toggleOption(question.id, ['none'], 'none', false)).to.deep.equal({ values: [], note: null });
      });

      it('settles a saved list that has both, as the boxes would', () => {
        const [first, second] = others as [string, string];
        expect(toggleOption(question.id, [first, 'none'], first, false)).to.deep.equal({ values: ['none'], note: null });
        expect(toggleOption(question.id, [first, 'none'], 'none', false)).to.deep.equal({ values: [first], note: null });
        expect(toggleOption(question.id, [first, 'none'], second, true)).to.deep.equal({ values: [first, second], note: 'noneCleared' });
        expect(toggleOption(question.id, [first, 'none'], 'none', true)).to.deep.equal({ values: ['none'], note: 'othersCleared' });
      });
    });
  }
});

describe('stiffness-quiz flow: answering', () => {
  it("reads every question's choices as a list", () => {
    for (const question of QUESTIONS) {
      expect(chosen({}, question.id), question.id).to.deep.equal([]);
      expect(chosen(BASELINE, question.id), question.id).to.deep.equal([BASELINE[question.id]].flat());
    }
    expect(chosen({ emergency: [] }, 'emergency')).to.deep.equal([]);
    expect(chosen({ age: '50plus' }, 'age')).to.deep.equal(['50plus']);
  });

  it('replaces a single answer and keeps the others', () => {
    for (const question of QUESTIONS.filter((each) => each.kind === 'single')) {
      for (const option of question.options) {
        const { answers, note } = answer(BASELINE, question.id, option, true);
        expect(answers, `${question.id} ${option}`).to.deep.equal({ ...BASELINE, [question.id]: option });
        expect(note).to.equal(null);
      }
    }
  });

  it('ticks a multi answer through the exclusivity rule and keeps the others', () => {
    expect(answer(BASELINE, 'emergency', 'saddle', true)).to.deep.equal({
      answers: { ...BASELINE, emergency: ['saddle'] },
      note: 'noneCleared',
    });
    expect(answer({ warning: ['fever', 'cancer'] }, 'warning', 'none', true)).to.deep.equal({
      answers: { warning: ['none'] },
      note: 'othersCleared',
    });
    expect(answer({}, 'factors', 'avoid', true)).to.deep.equal({ answers: { factors: ['avoid'] }, note: null });
    expect(answer(BASELINE, 'factors', 'tightHips', false)).to.deep.equal({ answers: { ...BASELINE, factors: [] }, note: null });
  });

  it('never changes the answers it is given', () => {
    const answers: Answers = { age: '16to49', emergency: ['none'] };
    const copy = structuredClone(answers);
    answer(answers, 'emergency', 'saddle', true);
    answer(answers, 'age', '50plus', true);
    expect(answers).to.deep.equal(copy);
  });
});
