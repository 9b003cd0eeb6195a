import { html, type TemplateResult } from 'lit';
import type { QuestionId, Reason } from './engine.js';
import type { QuizStrings } from './strings.js';

/** The step's heading, focused when the step appears (h2), or a part of a result (h3). */
export const heading = (text: string, sub = false): TemplateResult => (sub ? html`<h3>${text}</h3>` : html`<h2 tabindex="-1">${text}</h2>`);

/** A plain list of text. */
export const list = (items: readonly string[]): TemplateResult =>
  html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** An option of a question in words. */
export const optionText = (copy: QuizStrings, question: QuestionId, option: string): string =>
  (copy.questions[question].options as Record<string, string>)[option];

/** A reason id in plain words: an emergency sign, a see-doctor sign, or the mechanical result's own. */
export function reasonText(copy: QuizStrings, id: Reason): string {
  const { emergency, seeDoctor } = copy.signs;
  return id in emergency
    ? emergency[id as keyof typeof emergency]
    : id in seeDoctor
      ? seeDoctor[id as keyof typeof seeDoctor]
      : copy.reasons[id as keyof QuizStrings['reasons']];
}

/** Fills `{name}` placeholders of the copy: fill('Call {emergency}', { emergency: '911' }). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
