import { html, type TemplateResult } from 'lit';
import { questionAt, RESULT, type Step } from './flow.js';
import type { QuizStrings } from './strings.js';
import { fill, heading, optionText } from './view-parts.js';

export interface QuestionViewOptions {
  copy: QuizStrings;
  /** The question's step (0 for the first question). */
  step: Step;
  /** Why Next did not move on, or ''. */
  error: string;
  onSubmit: (event: Event) => void;
  onChange: (event: Event) => void;
  onBack: () => void;
}

/** "Question 3 of 12" for a question's step. */
export const progressText = (copy: QuizStrings, step: Step): string =>
  fill(copy.progress, { current: String(step + 1), total: String(RESULT) });

/**
 * One question as a form of native radios or checkboxes. Whether each box is
 * ticked is set by the element after rendering, from the answers.
 */
export function questionView({ copy, step, error, onSubmit, onChange, onBack }: QuestionViewOptions): TemplateResult {
  const question = questionAt(step);
  const questionCopy = copy.questions[question.id];
  const multi = question.kind === 'multi';
  const optional = question.required ? '' : `(${copy.optional})`;
  return html`<form @submit=${onSubmit} @change=${onChange} novalidate>
    <p part="progress" class="progress">${progressText(copy, step)}</p>
    <fieldset aria-describedby="hint error">
      <legend>${heading(questionCopy.legend)}</legend>
      <p id="hint" class="hint">${questionCopy.hint} ${multi ? copy.chooseAll : copy.chooseOne} ${optional}</p>
      ${question.options.map(
        (option) =>
          html`<label part="option" class="option"
            ><input type=${multi ? 'checkbox' : 'radio'} name=${question.id} value=${option} /><span
              >${optionText(copy, question.id, option)}</span
            ></label
          >`,
      )}
      <p id="error" class="error">${error}</p>
    </fieldset>
    <div class="actions">
      <button part="button" class="primary">${step === RESULT - 1 ? copy.seeResult : copy.next}</button>
      <button part="button" type="button" @click=${onBack}>${copy.back}</button>
    </div>
  </form>`;
}
