import { html, type TemplateResult } from 'lit';
import type { QuizStrings } from './strings.js';
import { heading } from './view-parts.js';

/** The introduction: who the check is for and what it does, then Start. */
export const introView = (copy: QuizStrings, fillCopy: (template: string) => string, onStart: () => void): TemplateResult =>
  html`${heading(copy.intro.heading)}
    <p>${fillCopy(copy.intro.lead)}</p>
    <ul>
      ${copy.intro.points.map((point) => html`<li>${fillCopy(point)}</li>`)}
    </ul>
    <button part="button" class="primary" @click=${onStart}>${copy.intro.start}</button>`;
