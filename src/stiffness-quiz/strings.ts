/**
 * Everything the quiz says, in one language. `{clinic}` and `{emergency}` are
 * replaced with the clinic name and emergency number; `{current}`/`{total}` in
 * `progress`, `{version}` in `rulesVersion`. Plain text only: never HTML.
 */
export interface QuizStrings {
  /** Accessible name of the whole check, e.g. "Morning back stiffness check". */
  title: string;
  /** Stands in for {clinic} when no clinic-name is set, e.g. "a local clinic". */
  defaultClinic: string;
  intro: {
    heading: string;
    lead: string;
    /** Who it is for (16+), not a diagnosis, answers stay on this device, what to do if very unwell now. */
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
  questions: {
    [question: string]: { legend: string; hint?: string; options: { [option: string]: string } };
  };
  urgent: {
    heading: string;
    body: string;
    /** Link text of the tel: link, e.g. "Call {emergency} now". */
    call: string;
    orGo: string;
    /** Lead-in before the list of what the reader ticked. */
    because: string;
  };
  seeDoctor: {
    heading: string;
    soon: string;
    routine: string;
    because: string;
    /** Heading above the list of things to tell the doctor. */
    tellHeading: string;
    tell: string[];
    /** Secondary booking link text. */
    book: string;
  };
  mechanical: {
    heading: string;
    body: string;
    focusHeading: string;
    tipsHeading: string;
    /** Primary booking button text, e.g. "Book an assessment". */
    book: string;
    /** Above the emergency signs (the `emergency` question's option labels, shown again). */
    safetyNetHeading: string;
  };
  /** Small print under every result: "Rules version {version}. General information, not a diagnosis." */
  rulesVersion: string;
  /**
   * Plain words for the engine's reason ids that are not answer flags: outOfScope,
   * noEase, constant, allNight, longStiffness, diagnosedIA, inflammatoryPattern, eases.
   * A flag reason (e.g. `saddle`, `fever`) shows its option label instead.
   */
  reasons: { [reason: string]: string };
  focusAreas: { [area: string]: { title: string; body: string } };
  tips: { [tip: string]: string };
}
