import { html, nothing, type TemplateResult } from 'lit';
import { RULES_VERSION, type Answers, type CompleteResult } from './engine.js';
import type { QuizStrings } from './strings.js';
import { summaryView } from './summary-view.js';
import { fill, heading, list, reasonText } from './view-parts.js';

/** Where the booking action leads: a link to `booking-url`, or (without `href`) a button to the page's `cta-target`. */
export interface Booking {
  href?: string;
  onClick: () => void;
}

export interface ResultViewOptions {
  copy: QuizStrings;
  result: CompleteResult;
  answers: Answers;
  /** Fills `{clinic}` and `{emergency}` in the copy. */
  fillCopy: (template: string) => string;
  clinicName: string | null;
  /** The number the call links dial, as digits. */
  dial: string;
  /** The booking action, or null when there is none. */
  booking: Booking | null;
  /** When the reader asked for the summary for the doctor; null until then. */
  summaryDate: Date | null;
  /** The language of the copy, for the summary's date. */
  language: string;
  onEmergencyCall: () => void;
  /** Renders the summary, then prints it alone. */
  onPrintSummary: () => Promise<void>;
  onChangeAnswers: () => void;
  onStartAgain: () => void;
}

/**
 * The result: the urgent one (how to get help now, and nothing else), "check
 * with a doctor first" or common mechanical stiffness, each with its reasons,
 * then the actions to change the answers or start again.
 */
export function resultView(options: ResultViewOptions): TemplateResult {
  const { copy, result, fillCopy, booking } = options;
  const footer = html`<div class="actions">
      <button part="button" @click=${options.onChangeAnswers}>${copy.changeAnswers}</button>
      <button part="button" @click=${options.onStartAgain}>${copy.startAgain}</button>
    </div>
    <p class="small">${fill(copy.rulesVersion, { version: RULES_VERSION })}</p>`;
  const reasons = list(result.reasons.map((id) => reasonText(copy, id)));
  if (result.outcome === 'urgent') {
    const urgent = copy.urgent;
    const call = fillCopy(urgent.call);
    return html`<div part="result" class="result urgent">
        ${heading(urgent.heading)}
        <p>${urgent.body}</p>
        <p><a part="button" class="primary danger" href="tel:${options.dial}" @click=${options.onEmergencyCall}>${call}</a></p>
        <p>${urgent.orGo}</p>
        ${list(urgent.dont)}
        <p>${urgent.because}</p>
        ${reasons}
      </div>
      ${footer}`;
  }
  const tips = result.tips.length ? html`${heading(copy.tipsHeading, true)} ${list(result.tips.map((id) => copy.tips[id]))}` : nothing;
  const safetyAndSummary = html`${safetyNet(options)} ${summaryAction(options)}`;
  // Rendered once asked for; shown alone while it prints.
  const summary = options.summaryDate ? summaryView({ ...options, date: options.summaryDate }) : nothing;
  if (result.outcome === 'see-doctor') {
    const doctor = copy.seeDoctor;
    const urgency = doctor[result.urgency!];
    const tell = result.reasons.includes('inflammatoryPattern') ? [...doctor.tell, doctor.askInflammatory] : doctor.tell;
    return html`<div part="result" class="result">
        ${heading(urgency.heading)} ${urgency.body.map((line) => html`<p>${fillCopy(line)}</p>`)}
        <p>${doctor.reassure}</p>
        <p>${doctor.because}</p>
        ${reasons} ${heading(doctor.tellHeading, true)} ${list(tell)} ${tips}
        ${result.cta === 'secondary' ? html`<p>${bookingAction(booking, fillCopy(doctor.book), false)}</p>` : nothing} ${safetyAndSummary}
      </div>
      ${footer}${summary}`;
  }
  const mechanical = copy.mechanical;
  return html`<div part="result" class="result">
      ${heading(mechanical.heading)}
      <p>${fillCopy(mechanical.body)}</p>
      <p>${bookingAction(booking, mechanical.book, true)}</p>
      <p>${mechanical.notBetter}</p>
      ${result.reasons.includes('watchPattern') ? html`<p class="note">${mechanical.watchPattern}</p>` : nothing}
      ${heading(mechanical.focusHeading, true)}
      <dl>
        ${result.focusAreas.map(
          (id) =>
            html`<dt>${copy.focusAreas[id].title}</dt>
              <dd>${copy.focusAreas[id].body}</dd>`,
        )}
      </dl>
      ${tips} ${safetyAndSummary}
    </div>
    ${footer}${summary}`;
}

/** The emergency signs in short, on every non-urgent result. */
function safetyNet({ copy, fillCopy, dial, onEmergencyCall }: ResultViewOptions): TemplateResult {
  return html`<div part="safety-net" class="safety">
    ${heading(copy.safetyNet.heading, true)} ${list(Object.values(copy.signs.emergency))}
    <p>${fillCopy(copy.safetyNet.action)}</p>
    <p><a href="tel:${dial}" @click=${onEmergencyCall}>${fillCopy(copy.urgent.call)}</a></p>
  </div>`;
}

/** The button that prints the summary for the doctor, and what printing it does. */
function summaryAction({ copy, onPrintSummary }: ResultViewOptions): TemplateResult {
  return html`<p><button part="button" @click=${onPrintSummary}>${copy.summary.print}</button></p>
    <p class="small">${copy.summary.printHint}</p>`;
}

/** The booking action in the given words: primary, or looking like a link. */
function bookingAction(booking: Booking | null, text: string, primary: boolean) {
  if (!booking) return nothing;
  const kind = primary ? 'primary' : 'link';
  return booking.href
    ? html`<a part="button" class=${kind} href=${booking.href} @click=${booking.onClick}>${text}</a>`
    : html`<button part="button" class=${kind} @click=${booking.onClick}>${text}</button>`;
}
