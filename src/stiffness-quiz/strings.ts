import type { FocusArea, MechanicalReason, OptionId, QuestionId, Tip } from './engine.js';
import type { SignStrings } from './signs.js';

/** One question's copy: every option of the engine's question has its words (a missing one is a type error). */
export interface QuestionStrings<Q extends QuestionId> {
  legend: string;
  hint?: string;
  options: { readonly [O in OptionId<Q>]: string };
}

/** What a see-doctor result says for one urgency. */
export interface UrgencyStrings {
  heading: string;
  /** When and where to go, in short sentences. */
  body: string[];
}

/**
 * Everything the quiz says, in one language, keyed by the engine's ids.
 * `{clinic}` and `{emergency}` are replaced with the clinic name and emergency
 * number; `{current}`/`{total}` in `progress`, `{version}` in `rulesVersion`,
 * `{date}` in `summary.date`. Plain text only: never HTML.
 */
export interface QuizStrings {
  /** Accessible name of the whole check, e.g. "Morning back stiffness check". */
  title: string;
  /** Stands in for {clinic} when no clinic-name is set, e.g. "a local clinic". */
  defaultClinic: string;
  intro: {
    heading: string;
    lead: string;
    /** Who it is for (16+), not a diagnosis, what the check does with the answers, what to do if very unwell now. */
    points: string[];
    start: string;
  };
  /** "Question {current} of {total}" */
  progress: string;
  next: string;
  back: string;
  seeResult: string;
  startAgain: string;
  changeAnswers: string;
  /** Shown and announced when Next is pressed with no answer. */
  required: string;
  chooseOne: string;
  chooseAll: string;
  optional: string;
  /** Announced when ticking "none" clears the other choices. */
  othersCleared: string;
  /** Announced when ticking another choice clears "none". */
  noneCleared: string;
  /** The warning signs: the emergency and warning options, the reasons, the safety net (shared with the FAQ). */
  signs: SignStrings;
  /** Every question; the emergency and warning options come from `signs`, plus their `none`. */
  questions: { [Q in QuestionId]: QuestionStrings<Q> };
  urgent: {
    heading: string;
    body: string;
    /** Link text of the tel: link, e.g. "Call {emergency} now". */
    call: string;
    orGo: string;
    /** "Don't drive yourself", "don't wait to see if it gets better". */
    dont: string[];
    /** Lead-in before the list of what the reader ticked. */
    because: string;
  };
  seeDoctor: {
    today: UrgencyStrings;
    soon: UrgencyStrings;
    routine: UrgencyStrings;
    because: string;
    /** "This does not mean something is seriously wrong." */
    reassure: string;
    /** Heading above the list of things to tell the doctor. */
    tellHeading: string;
    tell: string[];
    /** Added to `tell` when the inflammatory pattern is a reason: ask about axial spondyloarthritis. */
    askInflammatory: string;
    /** Secondary booking link text. */
    book: string;
  };
  mechanical: {
    heading: string;
    body: string;
    /** "See a doctor if it is not getting better within 4-6 weeks, or anything new appears." */
    notBetter: string;
    /** Shown with `watchPattern`: some answers fit inflammatory back pain, but for under 3 months. */
    watchPattern: string;
    focusHeading: string;
    /** Primary booking button text, e.g. "Book an assessment". */
    book: string;
  };
  tipsHeading: string;
  /** The emergency signs in short, on every non-urgent result. */
  safetyNet: {
    heading: string;
    /** After the list: what to do if any appear. */
    action: string;
  };
  /** The printable summary for the doctor. */
  summary: {
    /** The button that opens the print dialog. */
    print: string;
    /** What it does: nothing sent or stored. */
    printHint: string;
    heading: string;
    /** "Made on {date}" */
    date: string;
    answersHeading: string;
    /** An optional question left unanswered. */
    notAnswered: string;
    resultHeading: string;
    /** "Clinic: {clinic}" */
    clinic: string;
  };
  /** Small print under every result: "Rules version {version}. General information, not a diagnosis." */
  rulesVersion: string;
  /** The mechanical result's reasons in plain words (the others are signs). */
  reasons: { readonly [R in MechanicalReason]: string };
  focusAreas: { readonly [A in FocusArea]: { title: string; body: string } };
  tips: { readonly [T in Tip]: string };
}
