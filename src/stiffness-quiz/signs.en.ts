import type { SignStrings } from './signs.js';

/** The warning signs in English, shared by the quiz and the built-in FAQ. */
const signs: SignStrings = {
  emergency: {
    saddle: 'New numbness or tingling around your bottom, genitals or inner thighs',
    bladderBowel: 'New trouble peeing or pooing: hard to start, a weak flow, not feeling that you need to go, or leaking',
    bothLegs: 'New or worse pain, numbness or weakness in both legs, or legs that give way',
    sexual: 'A new change in how sex feels or works',
    majorTrauma: 'Pain that began after a bad accident or fall',
    chestPain: 'Chest pain',
    bellyPain: 'Sudden, very bad pain in your belly as well as your back',
  },
  seeDoctor: {
    outOfScope: 'Being under 16',
    fever: 'A fever, or feeling hot and shivery',
    weightLoss: 'Losing weight without trying',
    cancer: 'Cancer, now or in the past',
    immune: 'A weak immune system (from an illness or a medicine), or injecting drugs',
    boneRisk: 'Thin bones or long-term steroid pills, and the pain began after a small fall or lift',
    lumpShape: 'A lump or swelling on your back, or your back has changed shape',
    upperBack: 'Pain mostly between your shoulder blades',
    coughSneeze: 'Pain that gets much worse when you cough, sneeze or poo',
    newOver50: 'Back pain for the first time at age 50 or older',
    noEase: 'Stiffness that barely eases',
    constant: 'A deep ache most of the time that nothing helps',
    allNight: 'Pain all night in any position',
    longStiffness: 'Morning stiffness that lasts over 1 hour',
    diagnosedIA: 'A past diagnosis of inflammatory arthritis',
    inflammatoryPattern: 'Signs that can fit inflammatory back pain, lasting over 3 months',
  },
};

export default signs;
