import { html, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { track } from '../internal/analytics.js';
import { define } from '../internal/define.js';
import { reportError } from '../internal/errors.js';
import { emit } from '../internal/events.js';
import { LangController, LangElement } from '../internal/lang.js';
import { safeHttpUrl } from '../internal/urls.js';
import { VERSION } from '../internal/version.js';
import { queryTarget, scrollToAndFocus } from './cta-target.js';
import { evaluate, RULES_VERSION, type Answers, type CompleteResult, type QuestionId } from './engine.js';
import {
  answer,
  chosen,
  INTRO,
  isQuestion,
  isStep,
  type Judge,
  nextStep,
  previousStep,
  questionAt,
  reachable,
  RESULT,
  stepAfterChange,
  unanswered,
  type Step,
} from './flow.js';
import { introView } from './intro-view.js';
import { printAlone } from './print.js';
import { progressText, questionView } from './question-view.js';
import { resultView, type Booking } from './result-view.js';
import english from './strings.en.js';
import type { QuizStrings } from './strings.js';
import { styles } from './stiffness-quiz.styles.js';
import { fill } from './view-parts.js';

export type { QuizCompleteDetail, QuizCtaDetail, QuizStepDetail } from '../internal/events.js';

const TAG = 'mrx-stiffness-quiz';

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
 * @attr {string} [lang=inherited] - `en` or `es`.
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
export class MrxStiffnessQuiz extends LangElement {
  static readonly version = VERSION;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    bookingUrl: { attribute: 'booking-url' },
    ctaTarget: { attribute: 'cta-target' },
    clinicName: { attribute: 'clinic-name' },
    emergencyNumber: { attribute: 'emergency-number' },
    persist: {},
    analytics: {},
    reportOutcome: { attribute: 'report-outcome', type: Boolean },
    _step: { state: true },
    _answers: { state: true },
    _strings: { state: true },
    _note: { state: true },
    _alert: { state: true },
    _error: { state: true },
    _summaryDate: { state: true },
  };

  /**
   * Where booking leads (http/https only; `javascript:` and other schemes are refused with an error). Without it,
   * and without `cta-target`, no booking action shows.
   */
  bookingUrl: string | null = null;
  /** CSS selector of an element on the page (e.g. your `<mrx-location-cta>`) that booking scrolls to and focuses instead. */
  ctaTarget: string | null = null;
  /**
   * Used in the copy and on the summary.
   * @default "a local clinic"
   */
  clinicName: string | null = null;
  /** The number on the urgent result and the safety net, dialled as digits. */
  emergencyNumber = '911';
  /**
   * `session` keeps progress in sessionStorage across a reload (cleared by "Start again"); with two quizzes on
   * one page, give each an `id`.
   * @default memory only
   */
  persist: 'session' | null = null;
  /**
   * `datalayer` pushes `{event: 'mrx_quiz_start'}`, `'mrx_quiz_complete'` and `'mrx_quiz_cta'` (booking only) to
   * `window.dataLayer`; never the outcome.
   * @default off
   */
  analytics: 'datalayer' | null = null;
  /**
   * Also tells the page's scripts the outcome (see Events): `mrx-quiz-step` events, the outcome in
   * `mrx-quiz-complete` and `mrx-quiz-cta` `emergency-call`. **This hands health data to every script on the
   * page**: set it only when your own code needs it, and say so in your privacy notice.
   */
  reportOutcome = false;

  private _step: Step = INTRO;
  private _answers: Answers = {};
  private _strings: QuizStrings | null = null;
  private _note = '';
  private _alert = '';
  private _error = '';
  /** When the reader asked for the summary for the doctor; it is rendered from then on. */
  private _summaryDate: Date | null = null;
  /** The views already rendered once off screen (see _prepareNext). */
  private readonly _prepared = new Set<Step>();
  /** Numbers each load of the copy, so that only the latest one shows. */
  private _loadToken = 0;
  /** The session-storage module, once `persist="session"` has loaded it. */
  private _store?: typeof import('./persist.js');
  /** A new `lang` means loading the copy again, before the next update. */
  protected override _langChanged(): void {
    void this._loadStrings();
  }

  /** The engine's verdict on `answers`, kept until the answers change (they are replaced, never mutated). */
  private _evaluated?: { answers: Answers; result: ReturnType<typeof evaluate> };

  /**
   * The engine's verdict on `answers`, evaluated once per change: Next into the
   * result, the result itself and "Change my answers" share it.
   */
  private readonly _judge: Judge = (answers) => {
    if (this._evaluated?.answers !== answers) this._evaluated = { answers, result: evaluate(answers) };
    return this._evaluated.result;
  };

  /** The engine's result once the check is complete, else null. */
  get result(): CompleteResult | null {
    if (this._step !== RESULT) return null;
    const result = this._judge(this._answers);
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

  constructor() {
    super();
    // A pointer over the quiz or focus in it: a reader has come to it, and may press Start soon.
    for (const type of ['pointerover', 'focusin']) this.addEventListener(type, () => this._prepareNext());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._loadStrings();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const invalid = (name: string, value: unknown, why: string) => reportError(TAG, `${name} ${why}, got ${JSON.stringify(value)}.`);
    // Left out is fine (no booking action); present but empty or not http(s) is a mistake worth saying.
    if (changed.has('bookingUrl') && this.bookingUrl !== null && !safeHttpUrl(this.bookingUrl))
      invalid('booking-url', this.bookingUrl, 'must be an http(s) link; booking is hidden');
    if (changed.has('emergencyNumber') && this.emergencyNumber != null && !this._phone())
      invalid('emergency-number', this.emergencyNumber, 'must be a phone number; using 911');
    if (changed.has('persist') && this.persist && this.persist !== 'session')
      invalid('persist', this.persist, 'must be "session" or unset; using memory only');
    if (changed.has('ctaTarget') && this.ctaTarget) this._target();
  }

  protected override render(): TemplateResult {
    const copy = this._strings;
    // The author's fallback content (e.g. what to do in an emergency) shows until the copy is here.
    if (!copy) return html`<slot></slot>`;
    const step = this._step;
    // lang on the section: screen readers speak English copy as English on a page in another language.
    return html`<section part="base" aria-label=${copy.title} lang=${this._shownLanguage()}>
      ${step === INTRO ? introView(copy, this._fill, this._start) : step === RESULT ? this._result(copy) : this._question(copy, step)}
      <p class="sr" role="status">${this._note}</p>
      <p class="sr" role="alert">${this._alert}</p>
    </section>`;
  }

  protected override updated(): void {
    // Every step reuses the same <input> elements, and renaming a checked radio
    // unticks its old group: so the boxes are set from the answers after every
    // render rather than through a binding that only knows its last value.
    for (const input of this.renderRoot.querySelectorAll('input'))
      input.checked = chosen(this._answers, input.name as QuestionId).includes(input.value);
    // The result is prepared as soon as the last question shows; the first
    // question only once a reader comes to the quiz (see the constructor).
    if (this._step !== INTRO) this._prepareNext();
  }

  /**
   * Two presses show a view for the first time: Start (the first question) and
   * the last question's Next (the result). A first render is slow on a phone:
   * the view's code and templates run for the first time, and the browser
   * styles, shapes and lays out text it has not seen. So while the reader reads,
   * in a background task, the element renders that view once off screen, hidden,
   * and removes it at once: the press then finds it all ready (at 4x CPU, Start
   * and the result each went from about 30 to about 17 ms, for about 25 ms of
   * background work each; bench/notes.md). Nothing is left on the page, and
   * nothing leaves the element: the result is judged on the answers so far.
   */
  private _prepareNext(): void {
    const copy = this._strings;
    const next = this._step === INTRO ? 0 : this._step === RESULT - 1 ? RESULT : undefined;
    if (!copy || next === undefined || this._prepared.has(next)) return;
    this._prepared.add(next);
    whenIdle(() => {
      if (!this.isConnected) return;
      const result = next === RESULT ? this._judge(this._answers) : undefined;
      if (result && !result.complete) return;
      const box = document.createElement('div');
      box.className = 'prepare';
      this.renderRoot.append(box);
      render(result ? this._result(copy, result) : this._question(copy, next), box);
      // Styles and layout now, as the press would.
      box.getBoundingClientRect();
      box.remove();
    });
  }

  private _question(copy: QuizStrings, step: Step) {
    return questionView({ copy, step, error: this._error, onSubmit: this._next, onChange: this._change, onBack: this._back });
  }

  private _result(copy: QuizStrings, result = this.result!) {
    return resultView({
      copy,
      result,
      answers: this._answers,
      fillCopy: this._fill,
      clinicName: this.clinicName,
      dial: this._dial(),
      booking: this._booking(),
      summaryDate: this._summaryDate,
      language: this._shownLanguage(),
      onEmergencyCall: this._emergencyCall,
      onPrintSummary: this._printSummary,
      onChangeAnswers: this._changeAnswers,
      onStartAgain: this._startAgain,
    });
  }

  private readonly _printSummary = async () => {
    this._summaryDate = new Date();
    await this.updateComplete;
    printAlone(this);
  };

  /**
   * The booking action: a button to `cta-target` when it is on the page, else a link to `booking-url`, else none at all.
   * For render(): no report and no change here, as willUpdate() has already dropped a selector that does not parse.
   */
  private _booking(): Booking | null {
    if (this.ctaTarget && queryTarget(this.ctaTarget)) return { onClick: this._goToTarget };
    const url = safeHttpUrl(this.bookingUrl);
    return url ? { href: url.href, onClick: () => this._cta('book') } : null;
  }

  /** The cta-target element; undefined (after one error, dropping the selector) for a selector that does not parse. */
  private _target(): Element | null | undefined {
    const target = queryTarget(this.ctaTarget!);
    if (target === undefined) {
      reportError(TAG, `cta-target must be a CSS selector, got ${JSON.stringify(this.ctaTarget)}; using booking-url.`);
      this.ctaTarget = null;
    }
    return target;
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
    scrollToAndFocus(target);
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
    // "None of these" excludes everything else, both ways, and the note says so.
    const { answers, note } = answer(this._answers, input.name as QuestionId, input.value, input.checked);
    this._error = '';
    this._answers = answers;
    if (note) this._note = this._strings![note];
    this._save();
  };

  private readonly _next = (event: Event) => {
    event.preventDefault();
    if (unanswered(this._answers, this._step)) {
      this._error = this._note = this._strings!.required;
      void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
      return;
    }
    this._go(nextStep(this._answers, this._step, this._judge));
  };

  private readonly _back = () => {
    this._go(previousStep(this._step));
  };

  private readonly _changeAnswers = () => {
    this._go(stepAfterChange(this._answers, this._judge));
  };

  private readonly _startAgain = () => {
    this.reset();
    this._focusHeading();
  };

  /**
   * Shows a step because the reader asked for it: announces it, tells listeners, keeps progress if asked.
   * The flow decides the step; the result only ever comes with a result (see nextStep).
   */
  private _go(step: Step): void {
    this._step = step;
    this._error = this._alert = '';
    this._summaryDate = null;
    this._note = isQuestion(step) ? progressText(this._strings!, step) : '';
    this._save();
    // Which questions are shown, and how many, gives an emergency answer away.
    if (isQuestion(step) && this.reportOutcome)
      emit(this, 'mrx-quiz-step', { questionId: questionAt(step).id, index: step, total: RESULT });
    if (step === RESULT) {
      const { outcome, urgency, cta, rulesVersion } = this.result!;
      // Announced once, in regions that were already on the page: urgent as an alert.
      const copy = this._strings!;
      if (outcome === 'urgent') this._alert = `${copy.urgent.heading}. ${copy.urgent.body}`;
      else this._note = outcome === 'mechanical' ? copy.mechanical.heading : copy.seeDoctor[urgency!].heading;
      const outcomeDetail = urgency ? { outcome, urgency, cta } : { outcome, cta };
      emit(this, 'mrx-quiz-complete', this.reportOutcome ? { ...outcomeDetail, rulesVersion } : { rulesVersion });
      track(this.analytics, 'quiz_complete');
    }
    this._focusHeading();
  }

  private _focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('h2')?.focus());
  }

  private _save(): void {
    if (this.persist === 'session') this._store?.save(this.id, RULES_VERSION, { step: this._step, answers: this._answers });
  }

  /** The emergency number to dial: the configured one, else 911. */
  private _dial(): string {
    return this._phone() || '911';
  }

  /** The language of the copy shown. */
  private _shownLanguage(): 'en' | 'es' {
    return this._strings === english ? 'en' : 'es';
  }

  /** The emergency number as dialled digits, or '' when it is not a phone number. */
  private _phone(): string {
    const number = String(this.emergencyNumber ?? '');
    return /^\+?[\d\s().-]{2,20}$/.test(number) ? number.replace(/[^\d+]/g, '') : '';
  }

  /** Fills `{clinic}` and `{emergency}` in the copy. */
  private readonly _fill = (template: string): string =>
    fill(template, {
      clinic: this.clinicName?.trim() || this._strings!.defaultClinic,
      emergency: this._phone() ? String(this.emergencyNumber).trim() : '911',
    });

  /**
   * English ships with the element; Spanish loads on demand, and so does the
   * session store when `persist="session"` asks for it. Nothing renders until
   * both are here, so a restored quiz never flashes its introduction.
   */
  private async _loadStrings(): Promise<void> {
    const token = ++this._loadToken;
    const own = this.getAttribute(LangController.attribute);
    if (own && !/^(en|es)\b/i.test(own)) reportError(TAG, `lang must be "en" or "es", got ${JSON.stringify(own)}; showing English.`);
    let strings = english;
    try {
      if (this._lang.language === 'es') strings = (await import('./strings.es.js')).default;
    } catch (error) {
      reportError(TAG, `could not load the Spanish copy (${String(error)}); showing English.`);
    }
    if (this.persist === 'session' && !this._store) {
      this._store = await import('./persist.js').catch(() => undefined);
      const saved = this._store?.load(this.id, RULES_VERSION, { isStep, reachable });
      if (saved) {
        this._answers = saved.answers;
        this._step = saved.step;
      }
    }
    if (token === this._loadToken) this._strings = strings;
  }
}

/** The Prioritized Task Scheduling API (Chromium, Firefox), not yet in TypeScript's DOM types; typed here, not on `Window`, so that our published types never clash with a later lib. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Runs `work` once the page has nothing more pressing to do: a background task
 * (which waits behind input and rendering), else a timeout where the browser
 * has no task scheduler.
 */
const whenIdle = (work: () => void): void => {
  const { scheduler } = window as { scheduler?: TaskScheduler };
  if (scheduler) void scheduler.postTask(work, { priority: 'background' });
  else setTimeout(work, 100);
};

define(TAG, MrxStiffnessQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mrx-stiffness-quiz': MrxStiffnessQuiz;
  }
}
