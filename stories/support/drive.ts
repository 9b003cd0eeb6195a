// Helpers for stories that drive the real widgets (play functions) and for the
// Storybook test. They use the widgets' public DOM: shadow roots are open.

/** Waits until `check` is true (polled each frame), or throws after `timeout` ms. */
export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms: ${check.toString()}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The first `tag` inside `root`, once its shadow root shows `selector`. */
export async function upgraded<T extends HTMLElement>(root: Element, tag: string, selector: string): Promise<T> {
  await customElements.whenDefined(tag);
  const el = root.querySelector<T>(tag)!;
  await until(() => !!el.shadowRoot?.querySelector(selector));
  return el;
}

/** Lit's update and any running animation in the shadow root. */
export async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
}

type QuizElement = HTMLElement & { updateComplete: Promise<unknown> };
const shadow = (el: HTMLElement) => el.shadowRoot!;

/** Presses the quiz's primary button (Start, Next, See my result) as a reader would. */
export async function pressPrimary(el: QuizElement): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await el.updateComplete;
}

/** The id of the question on screen, or undefined on the introduction or a result. */
export const currentQuestion = (el: QuizElement) => shadow(el).querySelector('input')?.name;

/** Ticks these answers of the question on screen (by clicking their inputs). */
export async function tick(el: QuizElement, values: string | readonly string[]): Promise<void> {
  for (const value of [values].flat()) {
    shadow(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await el.updateComplete;
  }
}

/** From the introduction, answers question after question with `answers` until `stopAt` shows (or a result). */
export async function runQuiz(el: QuizElement, answers: Record<string, string | readonly string[]>, stopAt?: string): Promise<void> {
  await pressPrimary(el);
  for (let id = currentQuestion(el); id && id !== stopAt; id = currentQuestion(el)) {
    await tick(el, answers[id]);
    await pressPrimary(el);
  }
}
