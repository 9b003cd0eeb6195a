import signs from './signs.en.js';
import { warningOptions } from './signs.js';
import type { QuizStrings } from './strings.js';

/** English copy of the morning-stiffness check. */
const strings: QuizStrings = {
  title: 'Morning back stiffness check',
  defaultClinic: 'a local clinic',
  intro: {
    heading: 'Is your back stiff in the morning?',
    lead: 'Answer a few questions to find your next step: help now, a doctor, or {clinic}.',
    points: [
      'For people aged 16 and over.',
      'General information, not a diagnosis.',
      'This check does not send your answers anywhere.',
      'If you feel very unwell now, call {emergency}.',
    ],
    start: 'Start the check',
  },
  progress: 'Question {current} of {total}',
  next: 'Next',
  back: 'Back',
  seeResult: 'See my result',
  startAgain: 'Start again',
  changeAnswers: 'Change my answers',
  required: 'Please choose an answer.',
  chooseOne: 'Choose one.',
  chooseAll: 'Choose all that apply.',
  optional: 'Optional',
  othersCleared: 'Other choices cleared.',
  noneCleared: 'None of these was unticked.',
  signs,
  questions: {
    age: {
      legend: 'How old are you?',
      options: { under16: 'Under 16', '16to49': '16 to 49', '50plus': '50 or older' },
    },
    emergency: {
      legend: 'Is any of this new with your back pain?',
      hint: 'New means in the last few weeks. If you are not sure, choose it. It is safer to get checked.',
      options: { ...signs.emergency, none: 'None of these' },
    },
    warning: {
      legend: 'Do any of these apply to you?',
      hint: 'A doctor should check these. They may be nothing.',
      options: warningOptions(signs, 'None of these'),
    },
    easeTime: {
      legend: 'How long until morning stiffness eases?',
      hint: 'From when you get out of bed.',
      options: {
        lt20: 'Less than 20 minutes',
        '20to30': '20 to 30 minutes (exactly 30 minutes counts here)',
        '30to60': 'Over 30 minutes to 1 hour (exactly 1 hour counts here)',
        gt60: 'More than 1 hour',
        noEase: 'It barely eases',
      },
    },
    relief: {
      legend: 'What makes your back feel better?',
      options: {
        rest: 'Rest',
        both: 'Both rest and gentle movement',
        moveNotRest: 'Movement helps, rest does not',
        nothing: 'Nothing: a deep ache most of the time',
      },
    },
    night: {
      legend: 'Does back pain wake you at night?',
      options: {
        no: 'No',
        turning: 'Only when you roll over, then it settles',
        earlyHours: 'Yes, in the second half of the night. It eases when you get up.',
        allNight: 'Yes, pain all night in any position',
      },
    },
    buttock: {
      legend: 'Do you get deep pain in your buttocks that switches sides?',
      hint: 'Left some days, right on others.',
      options: { yes: 'Yes', no: 'No', notSure: 'Not sure' },
    },
    onset: {
      legend: 'How did the pain start?',
      options: { gradual: 'Slowly, over weeks or months', sudden: 'Suddenly, within a day', notSure: 'Not sure' },
    },
    duration: {
      legend: 'How long have you had this pain or stiffness?',
      options: { lt6w: 'Less than 6 weeks', '6wto3m': '6 weeks to 3 months', gt3m: 'More than 3 months' },
    },
    onsetAge: {
      legend: 'How old were you when it started?',
      options: { under40: 'Under 40', '40to44': '40 to 44', '45plus': '45 or older' },
    },
    related: {
      legend: 'Do you have any of these health problems?',
      hint: 'Choose the ones a doctor told you about, or that run in your family.',
      options: {
        diagnosedIA:
          'A doctor said you have a kind of arthritis that causes inflammation. Some names for it: ankylosing spondylitis, psoriatic arthritis or rheumatoid arthritis.',
        skinGutEye:
          "Psoriasis (a skin problem), Crohn's disease or ulcerative colitis (bowel problems), or uveitis or iritis (eye problems)",
        family: 'A parent, brother, sister or child with ankylosing spondylitis. It is also called axial spondyloarthritis.',
        otherJoints: 'Other joints that swell, or a swollen heel, finger or toe',
        none: 'None of these',
      },
    },
    factors: {
      legend: 'Do any of these sound like you?',
      hint: 'This helps plan physical therapy.',
      options: {
        tightHips: 'Your hips feel tight',
        stiffSpine: 'Bending or twisting feels stiff',
        tiresEasily: 'Standing or walking tires your back',
        guarded: 'Your back muscles feel tense',
        soreSpot: 'One spot in your back is sore',
        avoid: 'You avoid some movements, like bending',
        afterSitting: 'Sitting a while makes it worse',
        flareActivity: 'Lifting, sports or chores cause flare-ups',
        mostlySitting: 'You sit most of the day',
        none: 'None of these',
      },
    },
  },
  urgent: {
    heading: 'Get medical help now',
    body: 'Your answers could mean a serious problem.',
    call: 'Call {emergency} now',
    orGo: 'Or go to the nearest emergency room now.',
    dont: ["Don't drive yourself.", "Don't wait to see if it gets better."],
    because: 'This is because you told us about:',
  },
  seeDoctor: {
    today: {
      heading: 'Contact a doctor today',
      body: [
        'Call your doctor today, or go to an urgent care center. A nurse line can also help.',
        'If you feel very unwell or get worse fast, call {emergency}.',
      ],
    },
    soon: {
      heading: 'Check with a doctor first',
      body: ['See a doctor within a day or two. Ask for an urgent visit, or call a nurse line.'],
    },
    routine: {
      heading: 'Check with a doctor first',
      body: ['See a doctor in the next few weeks. It is not urgent.'],
    },
    because: 'This is because you told us about:',
    reassure: 'This does not mean something is seriously wrong. A doctor can check it and help you plan what to do.',
    tellHeading: 'Tell your doctor',
    tell: [
      'How long morning stiffness lasts, and what helps',
      'If pain wakes you at night',
      'How and when it started, and any other symptoms',
    ],
    askInflammatory: 'Ask if it could be inflammatory back pain (axial spondyloarthritis).',
    book: 'After seeing a doctor, you can book an assessment with {clinic}.',
  },
  mechanical: {
    heading: 'Your answers fit common morning stiffness',
    body: 'Backs often stiffen overnight and ease as you move. A physical therapist at {clinic} can check your back and plan exercises with you.',
    notBetter: 'See a doctor if it is not getting better within 4 to 6 weeks, or if anything new appears.',
    watchPattern:
      'Some of your answers can fit inflammatory back pain. That is more likely when it lasts over 3 months. If yours does, see a doctor and ask about it.',
    focusHeading: 'What physical therapy may work on',
    book: 'Book an assessment',
  },
  tipsHeading: 'Things you can try',
  safetyNet: {
    heading: 'Get help now if any of these appear',
    action: 'Call {emergency} or go to the nearest emergency room.',
  },
  summary: {
    print: 'Print a summary for your doctor',
    printHint:
      "This opens your browser's print window, where you can also save it as a PDF. The check itself does not send or keep your answers.",
    heading: 'Morning back stiffness: summary for your doctor',
    date: 'Made on {date}',
    answersHeading: 'Answers',
    notAnswered: 'Not answered',
    resultHeading: 'Result',
    clinic: 'Clinic: {clinic}',
  },
  rulesVersion: 'Rules version {version}. General information, not a diagnosis.',
  reasons: {
    eases: 'Stiffness that eases as you move',
    watchPattern: 'Some answers that can fit inflammatory back pain, for under 3 months',
  },
  focusAreas: {
    jointMobility: { title: 'Joint movement', body: 'Exercises and stretches to help your spine and hips move more freely.' },
    deepSupport: { title: 'Deep core support', body: 'Exercises that build the deep muscles that support your spine.' },
    muscleGuarding: { title: 'Tense, guarding muscles', body: 'Gentle movement to help tense muscles relax.' },
    movementPatterns: { title: 'How you move', body: 'Practice bending, lifting and sitting in ways that feel easy for you.' },
    loadTolerance: { title: 'What your back can handle', body: 'Building up, step by step, to the tasks and activities you care about.' },
  },
  tips: {
    stayActive: 'Stay active. Long rest tends to stiffen backs.',
    gentleStart: 'First thing, move gently for a few minutes before lifting or bending deeply.',
    breakUpSitting: 'If you sit a lot, get up every 30 to 60 minutes.',
    hydration: 'Spinal discs soak up fluid overnight, one reason mornings feel stiff. Water is good for you but not a proven fix.',
    mattress: 'No one mattress is best. Pick a comfy one; medium-firm suits many. Moving by day matters more.',
  },
};

export default strings;
