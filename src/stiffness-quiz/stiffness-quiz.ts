import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { track } from '../internal/analytics.js';
import { define } from '../internal/define.js';
import { reportError } from '../internal/errors.js';
import { emit } from '../internal/events.js';
import { resolveLanguage } from '../internal/localize.js';
import { safeHttpUrl } from '../internal/urls.js';
import { VERSION } from '../internal/version.js';
import { evaluate, QUESTIONS, RULES_VERSION, type Answers, type CompleteResult, type QuestionId, type Reason } from './engine.js';
import { printAlone } from './print.js';
import english from './strings.en.js';
import type { QuizStrings } from './strings.js';
import { styles } from './stiffness-quiz.styles.js';

export type { QuizCompleteDetail, QuizCtaDetail, QuizStepDetail } from '../internal/events.js';

const TAG = 'mrx-stiffness-quiz';
const INTRO = -1;
const RESULT = QUESTIONS.length;
const EMERGENCY = QUESTIONS.findIndex((question) => question.id === 'emergency');
type Values = Answers & Record<string, string | readonly string[] | undefined>;

/**
 * @tagname mrx-stiffness-quiz
 * @summary A private morning-back-stiffness self-check that ends in the right next step.
 *
 * Safety questions come first: any emergency sign stops the check and shows how to get
 * help now. Otherwise the result is "contact a doctor today" (no booking), "check with a
 * doctor first" (within a day or two, or in the next few weeks, with a secondary booking
 * link) or common mechanical stiffness (with a primary "Book an assessment" action). Every
 * non-urgent result lists the emergency signs again and offers a printable summary for the
 * doctor, made on the device.
 *
 * Answers stay in the element's memory unless `persist="session"` is set; they never
 * appear in events, attributes, the URL or analytics. By default the events say nothing
 * about the outcome either: `report-outcome` opts in to the outcome, the step events and
 * the emergency-call event, which hands health data to the page's scripts.
 *
 * @event {CustomEvent<{}>} mrx-quiz-start - The reader pressed Start.
 * @event {CustomEvent<{ questionId: string; index: number; total: number }>} mrx-quiz-step - A question is shown (only with `report-outcome`).
 * @event {CustomEvent<{ rulesVersion: string; outcome?: string; urgency?: string; cta?: string }>} mrx-quiz-complete - The result is shown: the rules version, plus the outcome with `report-outcome` (never the answers).
 * @event {CustomEvent<{ action: 'book' | 'emergency-call' }>} mrx-quiz-cta - The reader pressed the booking action, or (only with `report-outcome`) an emergency call link.
 *
 * @csspart base - The whole check.
 * @csspart progress - "Question 3 of 12".
 * @csspart option - One answer (a label around a native radio or checkbox).
 * @csspart button - Every button and button-like link.
 * @csspart result - The result box.
 * @csspart safety-net - The emergency signs on every non-urgent result.
 * @csspart summary - The summary for the doctor (printed only).
 *
 * @cssprop [--mrx-color-primary=#0b5cad] - Primary buttons, selected answers.
 * @cssprop [--mrx-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--mrx-color-text=inherit] - Text colour.
 * @cssprop [--mrx-color-surface=transparent] - Background.
 * @cssprop [--mrx-color-border=#8a94a6] - Answer and box borders.
 * @cssprop [--mrx-color-danger=#b3261e] - The urgent result's border and call button.
 * @cssprop [--mrx-radius=0.5em] - Corner radius.
 * @cssprop [--mrx-font-family=inherit] - Font; the page's by default.
 * @cssprop [--mrx-focus-color=#0b5cad] - Keyboard focus ring.
 */
export class MrxStiffnessQuiz extends LitElement {
  static readonly version = VERSION;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    bookingUrl: { attribute: 'booking-url' },
    clinicName: { attribute: 'clinic-name' },
    emergencyNumber: { attribute: 'emergency-number' },
    persist: {},
    analytics: {},
    ctaTarget: { attribute: 'cta-target' },
    reportOutcome: { attribute: 'report-outcome', type: Boolean },
    _step: { state: true },
    _answers: { state: true },
    _strings: { state: true },
    _note: { state: true },
    _alert: { state: true },
    _error: { state: true },
    _summaryDate: { state: true },
  };

  /** Where "Book an assessment" leads (http or https only). Without it and without `cta-target`, no booking action shows. */
  bookingUrl: string | null = null;
  /** Your clinic's name, used in the copy. */
  clinicName: string | null = null;
  /** Number for the "call now" link on the urgent result. */
  emergencyNumber = '911';
  /** `session` keeps progress in sessionStorage across a reload; unset keeps it in memory only. */
  persist: string | null = null;
  /** `datalayer` pushes `mrx_quiz_start`, `mrx_quiz_complete` and `mrx_quiz_cta` (booking) events to window.dataLayer. */
  analytics: string | null = null;
  /** CSS selector of an element (e.g. a `<mrx-location-cta>`) that the booking action scrolls to and focuses instead of following `booking-url`. */
  ctaTarget: string | null = null;
  /**
   * Also tell the page's scripts the outcome: `mrx-quiz-step` events, the outcome in
   * `mrx-quiz-complete` and `mrx-quiz-cta` `emergency-call`. This hands health data to
   * every script on the page; set it only when your own code needs it.
   */
  reportOutcome = false;

  private _step = INTRO;
  private _answers: Values = {};
  private _strings: QuizStrings | null = null;
  private _note = '';
  private _alert = '';
  private _error = '';
  /** When the reader asked for the summary for the doctor; it is rendered from then on. */
  private _summaryDate: Date | null = null;
  private _loadToken = 0;
  /** The session-storage module, once `persist="session"` has loaded it. */
  private _store?: typeof import('./persist.js');

  /** The engine's result once the check is complete, else null. */
  get result(): CompleteResult | null {
    if (this._step !== RESULT) return null;
    const result = evaluate(this._answers);
    return result.complete ? result : null;
  }

  /** Clears every answer (and saved progress) and shows the introduction again. */
  reset(): void {
    this._answers = {};
    this._error = this._note = this._alert = '';
    this._summaryDate = null;
    this._step = INTRO;
    this._store?.clear(this.id);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Initial attributes arrive before connectedCallback, which loads the copy
    // itself; any change after that (even in the same task) reloads it.
    if (name === 'lang' && this._loadToken) this._loadStrings();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._loadStrings();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const bad = (name: string, value: unknown, why: string) => reportError(TAG, `${name} ${why}, got ${JSON.stringify(value)}.`);
    // Left out is fine (no booking action); present but empty or not http(s) is a mistake worth saying.
    if (changed.has('bookingUrl') && this.bookingUrl !== null && !safeHttpUrl(this.bookingUrl))
      bad('booking-url', this.bookingUrl, 'must be an http(s) link; booking is hidden');
    if (changed.has('emergencyNumber') && this.emergencyNumber != null && !this._phone())
      bad('emergency-number', this.emergencyNumber, 'must be a phone number; using 911');
    if (changed.has('persist') && this.persist && this.persist !== 'session')
      bad('persist', this.persist, 'must be "session" or unset; using memory only');
    if (changed.has('ctaTarget') && this.ctaTarget) this._target();
  }

  protected override render(): TemplateResult {
    const t = this._strings;
    // The author's fallback content (e.g. what to do in an emergency) shows until the copy is here.
    if (!t) return html`<slot></slot>`;
    const step = this._step;
    // lang on the section: screen readers speak English copy as English on a page in another language.
    return html`<section part="base" aria-label=${t.title} lang=${this._lang()}>
      ${step === INTRO ? this._intro(t) : step === RESULT ? this._result(t) : this._question(t, step)}
      <p class="sr" role="status">${this._note}</p>
      <p class="sr" role="alert">${this._alert}</p>
    </section>`;
  }

  /** The step's heading, focused when the step appears (h2), or a part of a result (h3). */
  private _heading(text: string, sub = false) {
    return sub ? html`<h3>${text}</h3>` : html`<h2 tabindex="-1">${text}</h2>`;
  }

  /** "Question 3 of 12" for a step. */
  private _progress(step: number): string {
    return fill(this._strings!.progress, { current: String(step + 1), total: String(RESULT) });
  }

  private _intro(t: QuizStrings) {
    return html`${this._heading(t.intro.heading)}
      <p>${this._fill(t.intro.lead)}</p>
      <ul>
        ${t.intro.points.map((point) => html`<li>${this._fill(point)}</li>`)}
      </ul>
      <button part="button" class="primary" @click=${this._start}>${t.intro.start}</button>`;
  }

  protected override updated(): void {
    // Every step reuses the same <input> elements, and renaming a checked radio
    // unticks its old group: so the boxes are set from the answers after every
    // render rather than through a binding that only knows its last value.
    for (const input of this.renderRoot.querySelectorAll('input')) input.checked = [this._answers[input.name]].flat().includes(input.value);
  }

  private _question(t: QuizStrings, index: number) {
    const question = QUESTIONS[index]!;
    const copy = t.questions[question.id];
    const multi = question.kind === 'multi';
    return html`<form @submit=${this._next} @change=${this._change} novalidate>
      <p part="progress" class="progress">${this._progress(index)}</p>
      <fieldset aria-describedby="hint error">
        <legend>${this._heading(copy.legend)}</legend>
        <p id="hint" class="hint">${copy.hint} ${multi ? t.chooseAll : t.chooseOne} ${question.required ? '' : `(${t.optional})`}</p>
        ${question.options.map(
          (option) =>
            html`<label part="option" class="option"
              ><input type=${multi ? 'checkbox' : 'radio'} name=${question.id} value=${option} /><span
                >${optionText(t, question.id, option)}</span
              ></label
            >`,
        )}
        <p id="error" class="error">${this._error}</p>
      </fieldset>
      <div class="actions">
        <button part="button" class="primary">${index === RESULT - 1 ? t.seeResult : t.next}</button>
        <button part="button" type="button" @click=${() => this._go(index - 1)}>${t.back}</button>
      </div>
    </form>`;
  }

  private _result(t: QuizStrings) {
    const result = this.result!;
    const footer = html`<div class="actions">
        <button part="button" @click=${this._changeAnswers}>${t.changeAnswers}</button>
        <button part="button" @click=${this._startAgain}>${t.startAgain}</button>
      </div>
      <p class="small">${fill(t.rulesVersion, { version: RULES_VERSION })}</p>`;
    const reasons = list(result.reasons.map((id) => reasonText(t, id)));
    if (result.outcome === 'urgent') {
      const u = t.urgent;
      return html`<div part="result" class="result urgent">
          ${this._heading(u.heading)}
          <p>${u.body}</p>
          <p><a part="button" class="primary danger" href="tel:${this._dial()}" @click=${this._emergencyCall}>${this._fill(u.call)}</a></p>
          <p>${u.orGo}</p>
          ${list(u.dont)}
          <p>${u.because}</p>
          ${reasons}
        </div>
        ${footer}`;
    }
    const tips = result.tips.length ? html`${this._heading(t.tipsHeading, true)} ${list(result.tips.map((id) => t.tips[id]))}` : nothing;
    const after = html`${this._safetyNet(t)} ${this._summaryAction(t)}`;
    if (result.outcome === 'see-doctor') {
      const d = t.seeDoctor;
      const urgency = d[result.urgency!];
      const tell = result.reasons.includes('inflammatoryPattern') ? [...d.tell, d.askInflammatory] : d.tell;
      return html`<div part="result" class="result">
          ${this._heading(urgency.heading)} ${urgency.body.map((line) => html`<p>${this._fill(line)}</p>`)}
          <p>${d.reassure}</p>
          <p>${d.because}</p>
          ${reasons} ${this._heading(d.tellHeading, true)} ${list(tell)} ${tips}
          ${result.cta === 'secondary' ? html`<p>${this._book(this._fill(d.book), false)}</p>` : nothing} ${after}
        </div>
        ${footer}${this._summary(t, result)}`;
    }
    const m = t.mechanical;
    return html`<div part="result" class="result">
        ${this._heading(m.heading)}
        <p>${this._fill(m.body)}</p>
        <p>${this._book(m.book, true)}</p>
        <p>${m.notBetter}</p>
        ${result.reasons.includes('watchPattern') ? html`<p class="note">${m.watchPattern}</p>` : nothing}
        ${this._heading(m.focusHeading, true)}
        <dl>
          ${result.focusAreas.map(
            (id) =>
              html`<dt>${t.focusAreas[id].title}</dt>
                <dd>${t.focusAreas[id].body}</dd>`,
          )}
        </dl>
        ${tips} ${after}
      </div>
      ${footer}${this._summary(t, result)}`;
  }

  /** The emergency signs in short, on every non-urgent result. */
  private _safetyNet(t: QuizStrings) {
    return html`<div part="safety-net" class="safety">
      ${this._heading(t.safetyNet.heading, true)} ${list(Object.values(t.signs.emergency))}
      <p>${this._fill(t.safetyNet.action)}</p>
      <p><a href="tel:${this._dial()}" @click=${this._emergencyCall}>${this._fill(t.urgent.call)}</a></p>
    </div>`;
  }

  private _summaryAction(t: QuizStrings) {
    return html`<p><button part="button" @click=${this._printSummary}>${t.summary.print}</button></p>
      <p class="small">${t.summary.printHint}</p>`;
  }

  /**
   * The summary for the doctor: every question with the reader's answer in words,
   * the result and its reasons. Rendered once asked for; shown alone while it prints.
   */
  private _summary(t: QuizStrings, result: CompleteResult) {
    if (!this._summaryDate) return nothing;
    const s = t.summary;
    const lang = this._lang();
    const advice =
      result.outcome === 'mechanical'
        ? [t.mechanical.heading, t.mechanical.notBetter]
        : [t.seeDoctor[result.urgency!].heading, ...t.seeDoctor[result.urgency!].body.map((line) => this._fill(line))];
    const answer = (id: QuestionId) => {
      const chosen = [this._answers[id] ?? []].flat() as string[];
      return chosen.length ? chosen.map((option) => optionText(t, id, option)).join('; ') : s.notAnswered;
    };
    return html`<section part="summary" class="summary">
      <h2>${s.heading}</h2>
      <p>${fill(s.date, { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(this._summaryDate) })}</p>
      ${this.clinicName?.trim() ? html`<p>${fill(s.clinic, { clinic: this.clinicName.trim() })}</p>` : nothing}
      <h3>${s.answersHeading}</h3>
      <dl>
        ${QUESTIONS.map(
          (question) =>
            html`<dt>${t.questions[question.id].legend}</dt>
              <dd>${answer(question.id)}</dd>`,
        )}
      </dl>
      <h3>${s.resultHeading}</h3>
      ${advice.map((line) => html`<p>${line}</p>`)} ${list(result.reasons.map((id) => reasonText(t, id)))}
      <p>${fill(t.rulesVersion, { version: RULES_VERSION })}</p>
    </section>`;
  }

  private readonly _printSummary = async () => {
    this._summaryDate = new Date();
    await this.updateComplete;
    printAlone(this);
  };

  /** The booking action: a button to `cta-target`, else a link to `booking-url`, else nothing at all. */
  private _book(text: string, primary: boolean) {
    const kind = primary ? 'primary' : 'link';
    if (this.ctaTarget && this._target()) return html`<button part="button" class=${kind} @click=${this._goToTarget}>${text}</button>`;
    const url = safeHttpUrl(this.bookingUrl);
    return url ? html`<a part="button" class=${kind} href=${url.href} @click=${() => this._cta('book')}>${text}</a>` : nothing;
  }

  /** The cta-target element; undefined (after one error) for a selector that does not parse. */
  private _target(): Element | null | undefined {
    try {
      return document.querySelector(this.ctaTarget!);
    } catch {
      reportError(TAG, `cta-target must be a CSS selector, got ${JSON.stringify(this.ctaTarget)}; using booking-url.`);
      this.ctaTarget = null;
      return undefined;
    }
  }

  private readonly _goToTarget = () => {
    const target = this._target() as HTMLElement | null;
    this._cta('book');
    if (!target) {
      // It was there when the button was drawn, and has gone since.
      reportError(TAG, `cta-target ${JSON.stringify(this.ctaTarget)} matches no element on the page.`);
      const url = safeHttpUrl(this.bookingUrl);
      if (url) location.assign(url.href);
      return;
    }
    target.scrollIntoView({ block: 'start' });
    // A custom element such as <mrx-location-cta> is not focusable by default.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };

  private _cta(action: 'book'): void {
    emit(this, 'mrx-quiz-cta', { action });
    track(this.analytics, 'quiz_cta');
  }

  /** An emergency call tells the outcome: only the page that asked hears of it, and analytics never does. */
  private readonly _emergencyCall = () => {
    if (this.reportOutcome) emit(this, 'mrx-quiz-cta', { action: 'emergency-call' });
  };

  private readonly _start = () => {
    emit(this, 'mrx-quiz-start', {});
    track(this.analytics, 'quiz_start');
    this._go(0);
  };

  private readonly _change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const id = input.name;
    this._error = '';
    if (input.type === 'radio') {
      this._answers = { ...this._answers, [id]: input.value };
    } else {
      let checked = [...(event.currentTarget as HTMLFormElement).querySelectorAll<HTMLInputElement>('input:checked')].map(
        (box) => box.value,
      );
      // "None of these" excludes everything else, both ways, and says so.
      const none = checked.includes('none');
      if (none && checked.length > 1) {
        const ticked = input.value === 'none' && input.checked;
        checked = ticked ? ['none'] : checked.filter((value) => value !== 'none');
        this._note = ticked ? this._strings!.othersCleared : this._strings!.noneCleared;
      }
      this._answers = { ...this._answers, [id]: checked };
    }
    this._save();
  };

  private readonly _next = (event: Event) => {
    event.preventDefault();
    const question = QUESTIONS[this._step]!;
    const value = this._answers[question.id];
    if (question.required && !value?.length) {
      this._error = this._note = this._strings!.required;
      this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
      return;
    }
    // An emergency sign stops the check at once.
    const urgent = question.id === 'emergency' && (value as readonly string[]).some((flag) => flag !== 'none');
    this._go(urgent ? RESULT : this._step + 1);
  };

  private readonly _changeAnswers = () => {
    this._go(this.result?.outcome === 'urgent' ? EMERGENCY : RESULT - 1);
  };

  private readonly _startAgain = () => {
    this.reset();
    this._focusHeading();
  };

  /** Shows a step because the reader asked for it: announces it, tells listeners, keeps progress if asked. */
  private _go(step: number): void {
    const result = evaluate(this._answers);
    // Only a complete answer set (or an emergency flag) has a result.
    if (step === RESULT && !result.complete) step = QUESTIONS.findIndex((question) => question.id === result.missing[0]);
    this._step = step;
    this._error = this._alert = '';
    this._summaryDate = null;
    this._note = step >= 0 && step < RESULT ? this._progress(step) : '';
    this._save();
    // Which questions are shown, and how many, gives an emergency answer away.
    if (step >= 0 && step < RESULT && this.reportOutcome)
      emit(this, 'mrx-quiz-step', { questionId: QUESTIONS[step]!.id, index: step, total: RESULT });
    if (step === RESULT) {
      const { outcome, urgency, cta, rulesVersion } = this.result!;
      // Announced once, in regions that were already on the page: urgent as an alert.
      const t = this._strings!;
      if (outcome === 'urgent') this._alert = `${t.urgent.heading}. ${t.urgent.body}`;
      else this._note = outcome === 'mechanical' ? t.mechanical.heading : t.seeDoctor[urgency!].heading;
      const outcomeDetail = urgency ? { outcome, urgency, cta } : { outcome, cta };
      emit(this, 'mrx-quiz-complete', this.reportOutcome ? { ...outcomeDetail, rulesVersion } : { rulesVersion });
      track(this.analytics, 'quiz_complete');
    }
    this._focusHeading();
  }

  private _focusHeading(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector('h2')?.focus());
  }

  private _save(): void {
    if (this.persist === 'session') this._store?.save(this.id, RULES_VERSION, { step: this._step, answers: this._answers });
  }

  /** The emergency number to dial: the configured one, else 911. */
  private _dial(): string {
    return this._phone() || '911';
  }

  /** The language of the copy shown. */
  private _lang(): 'en' | 'es' {
    return this._strings === english ? 'en' : 'es';
  }

  /** The emergency number as dialled digits, or '' when it is not a phone number. */
  private _phone(): string {
    const number = String(this.emergencyNumber ?? '');
    return /^\+?[\d\s().-]{2,20}$/.test(number) ? number.replace(/[^\d+]/g, '') : '';
  }

  private _fill(template: string): string {
    return fill(template, {
      clinic: this.clinicName?.trim() || this._strings!.defaultClinic,
      emergency: this._phone() ? String(this.emergencyNumber).trim() : '911',
    });
  }

  /**
   * English ships with the element; Spanish loads on demand, and so does the
   * session store when `persist="session"` asks for it. Nothing renders until
   * both are here, so a restored quiz never flashes its introduction.
   */
  private async _loadStrings(): Promise<void> {
    const token = ++this._loadToken;
    const own = this.getAttribute('lang');
    if (own && !/^(en|es)\b/i.test(own)) reportError(TAG, `lang must be "en" or "es", got ${JSON.stringify(own)}; showing English.`);
    let strings = english;
    try {
      if (resolveLanguage(this) === 'es') strings = (await import('./strings.es.js')).default;
    } catch (error) {
      reportError(TAG, `could not load the Spanish copy (${error}); showing English.`);
    }
    if (this.persist === 'session' && !this._store) {
      this._store = await import('./persist.js').catch(() => undefined);
      const saved = this._store?.load(this.id, RULES_VERSION, QUESTIONS, evaluate);
      if (saved) {
        this._answers = saved.answers as Values;
        this._step = saved.step;
      }
    }
    if (token === this._loadToken) this._strings = strings;
  }
}

/** A plain list of text. */
const list = (items: readonly string[]) =>
  html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** An option of a question in words. */
const optionText = (t: QuizStrings, question: QuestionId, option: string): string =>
  (t.questions[question].options as Record<string, string>)[option]!;

/** A reason id in plain words: an emergency sign, a see-doctor sign, or the mechanical result's own. */
function reasonText(t: QuizStrings, id: Reason): string {
  const { emergency, seeDoctor } = t.signs;
  return id in emergency
    ? emergency[id as keyof typeof emergency]
    : id in seeDoctor
      ? seeDoctor[id as keyof typeof seeDoctor]
      : t.reasons[id as keyof QuizStrings['reasons']];
}

/** Fills `{name}` placeholders of the copy: fill('Call {emergency}', { emergency: '911' }). */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

define(TAG, MrxStiffnessQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mrx-stiffness-quiz': MrxStiffnessQuiz;
  }
}
