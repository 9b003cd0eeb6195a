// The quiz case: first render, then a keyboard-only run to a result (in the
// page: bench/cases/quiz.page.js). The run reads the page, not a fixed key
// order: each question is a group of native inputs named by its id, valued by
// its option ids, so the answer to the focused group is `answers[name]`.
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
/** More presses than any step needs: a run that loops fails instead. */
const MAX_PRESSES = 40;

/** The quiz's questions (from the engine) and a run's answers: a mechanical result with no red flag (the spec's baseline B, src/test-support/quiz-answers.ts). */
export async function quizScript() {
  const { QUESTIONS } = await import(new URL('dist/stiffness-quiz/engine.js', root));
  const { outputFiles } = await build({
    entryPoints: [new URL('src/test-support/quiz-answers.ts', root).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const { BASELINE } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
  return { questions: QUESTIONS, answers: BASELINE };
}

/** Answers the quiz on `page` from the keyboard; returns the steps ('start', then each question's id) with every press's time. */
async function keyboardRun(page, answers) {
  const steps = [];
  let events = 0;
  let step;
  const focus = () => page.evaluate(() => window.bench.quizFocus());
  const press = async (key) => {
    if (step.presses.length >= MAX_PRESSES) throw new Error(`bench: over ${MAX_PRESSES} presses on ${step.id}`);
    // A reader's presses come at a human pace, with idle time between them: work the page put off
    // to a background task (the quiz prepares its next view so) runs there, not inside the next press.
    await page.evaluate(() => scheduler.postTask(() => {}, { priority: 'background' }));
    await page.keyboard.press(key);
    events += 2;
    const [down, up] = await page.evaluate((n) => window.bench.keys(n), events);
    // An interaction's latency, as INP counts it: the longest of its events.
    step.presses.push({ key, ms: Math.max(down.ms, up.ms) });
    return focus();
  };
  /** Tabs until the focused control passes `wanted`. */
  const tabTo = async (wanted, what) => {
    let focused = await press('Tab');
    while (!wanted(focused)) {
      if (!focused) throw new Error(`bench: focus left the quiz looking for ${what} on ${step.id}`);
      focused = await press('Tab');
    }
    return focused;
  };
  const isButton = (focused) => focused?.tag === 'button' && /^\S/.test(focused.text);

  await page.evaluate(() => window.bench.quizFocusHeading());
  step = { id: 'start', presses: [] };
  steps.push(step);
  await tabTo(isButton, 'the start button');
  await press('Enter');

  while (!(await page.evaluate(() => window.bench.quizOutcome()))) {
    step = { id: '(next question)', presses: [] };
    let focused = await tabTo((f) => f?.tag === 'input', 'a question');
    const name = focused.name;
    const answer = answers[name];
    if (answer === undefined) throw new Error(`bench: no answer for the question "${name}"`);
    step.id = name;
    steps.push(step);
    if (focused.type === 'radio') {
      // Arrows move through a radio group and check what they land on.
      while (focused.value !== answer) focused = await press('ArrowDown');
      if (!focused.checked) await press('Space');
    } else {
      for (; focused?.tag === 'input' && focused.name === name; focused = await press('Tab'))
        if (answer.includes(focused.value) !== focused.checked) await press('Space');
    }
    if (!isButton(focused)) focused = await tabTo(isButton, 'the next button');
    await press('Enter');
    if (steps.length > 100) throw new Error('bench: the quiz never reached a result');
  }
  return steps;
}

/** One sample of the quiz in `lang`, the CPU slowed `cpu` times: { render, steps, outcome }. */
export const quizCase =
  ({ withPage, pageHtml, setups }) =>
  (lang, answers, cpu) =>
    withPage(
      pageHtml(setups.quiz),
      async (page) => {
        const render = await page.evaluate((lang) => window.bench.quiz(lang), lang);
        const steps = await keyboardRun(page, answers);
        const outcome = await page.evaluate(() => window.bench.quizOutcome());
        if (!outcome) throw new Error('bench: the keyboard run did not reach a result');
        return { render, steps, outcome };
      },
      { cpu },
    );
