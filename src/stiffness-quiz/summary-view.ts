import { html, nothing, type TemplateResult } from 'lit';
import { QUESTIONS, RULES_VERSION, type Answers, type CompleteResult, type QuestionId } from './engine.js';
import { chosen } from './flow.js';
import type { QuizStrings } from './strings.js';
import { fill, list, optionText, reasonText } from './view-parts.js';

export interface SummaryViewOptions {
  copy: QuizStrings;
  result: CompleteResult;
  answers: Answers;
  /** Fills `{clinic}` and `{emergency}` in the copy. */
  fillCopy: (template: string) => string;
  /** The clinic name as set, if any. */
  clinicName: string | null;
  /** When the reader asked for the summary. */
  date: Date;
  /** The language of the copy, for the date. */
  language: string;
}

/**
 * The summary for the doctor: every question with the reader's answer in words,
 * the result and its reasons. Shown alone while it prints.
 */
export function summaryView({ copy, result, answers, fillCopy, clinicName, date, language }: SummaryViewOptions): TemplateResult {
  const summary = copy.summary;
  const advice =
    result.outcome === 'mechanical'
      ? [copy.mechanical.heading, copy.mechanical.notBetter]
      : [copy.seeDoctor[result.urgency!].heading, ...copy.seeDoctor[result.urgency!].body.map((line) => fillCopy(line))];
  const answerText = (id: QuestionId) => {
    const options = chosen(answers, id);
    return options.length ? options.map((option) => optionText(copy, id, option)).join('; ') : summary.notAnswered;
  };
  return html`<section part="summary" class="summary">
    <h2>${summary.heading}</h2>
    <p>${fill(summary.date, { date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date) })}</p>
    ${clinicName?.trim() ? html`<p>${fill(summary.clinic, { clinic: clinicName.trim() })}</p>` : nothing}
    <h3>${summary.answersHeading}</h3>
    <dl>
      ${QUESTIONS.map(
        (question) =>
          html`<dt>${copy.questions[question.id].legend}</dt>
            <dd>${answerText(question.id)}</dd>`,
      )}
    </dl>
    <h3>${summary.resultHeading}</h3>
    ${advice.map((line) => html`<p>${line}</p>`)} ${list(result.reasons.map((id) => reasonText(copy, id)))}
    <p>${fill(copy.rulesVersion, { version: RULES_VERSION })}</p>
  </section>`;
}
