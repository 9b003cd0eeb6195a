import signs from '../stiffness-quiz/signs.en.js';
import { signsByTier } from '../stiffness-quiz/signs.js';
import type { FaqItem } from './faq-item.js';

/** The quiz's warning signs, grouped by how soon to get help: one source, so the two never disagree. */
const { emergency, today, soon, routine } = signsByTier(signs);
const list = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * Built-in morning-back-pain FAQ, English. Answers are plain text: a blank line
 * starts a new paragraph, and lines that start with "- " make a list.
 */
const items: FaqItem[] = [
  {
    id: 'why-stiff-in-the-morning',
    question: 'Why does my back feel stiff when I first wake up?',
    answer:
      'While you sleep, your back stays still for hours. Joints and muscles that barely moved all night need a few minutes to warm up again.\n\n' +
      'The soft discs between the bones of your spine also take in fluid when you lie flat, so they are at their fullest in the morning. That can make bending feel tight at first.\n\n' +
      'For many people, the stiffness fades within half an hour of getting up and moving. If it lasts more than an hour, or comes with other worrying signs, check with a doctor.',
  },
  {
    id: 'does-more-rest-help',
    question: 'Will more rest or staying in bed help my back?',
    answer:
      'Usually not. It feels natural to take it easy when your back is sore, but long stretches of rest tend to make backs stiffer and slower to get better.\n\n' +
      'Research on common low back pain supports staying as active as you comfortably can. That does not mean pushing through sharp pain. Walking, light chores and gentle movement all count, and short breaks to rest are fine.\n\n' +
      'Over time, regular movement helps your back get used to everyday tasks again, so mornings may start to feel easier.',
  },
  {
    id: 'does-drinking-water-help',
    question: 'Can being low on water make morning back pain worse?',
    answer:
      'There is little proof of that. You may read that being low on water stops your spinal discs from refilling overnight, but research points the other way. Discs take in fluid when you lie flat, and they are at their fullest when you wake up. That extra fullness is one reason your back can feel tight first thing.\n\n' +
      'Drinking enough water is good for your health in general, so keep it up. But there is no good proof that extra water fixes back stiffness.\n\n' +
      'A few minutes of easy movement after you get up is a better place to start.',
  },
  {
    id: 'is-it-arthritis',
    question: 'Is morning back stiffness a sign of arthritis?',
    answer: [
      'Not always. Most morning stiffness comes from your back keeping still all night. It eases soon after you start moving. This is very common.',
      'Some kinds of arthritis cause inflammation in the spine. One is ankylosing spondylitis, also called axial spondyloarthritis. These clues are worth showing a doctor:',
      list([
        'Stiffness that lasts more than an hour',
        'Pain that wakes you in the second half of the night',
        'Pain that gets better with exercise but not with rest',
        'Pain that began before about age 40 to 45',
        'Pain that came on slowly',
        'Pain that has lasted more than 3 months',
        "Psoriasis, bowel inflammation (Crohn's disease or ulcerative colitis) or eye inflammation (uveitis)",
        'A parent, brother, sister or child with ankylosing spondylitis (axial spondyloarthritis)',
      ]),
      'Only a doctor can find the cause. If this sounds like you, make an appointment with your doctor and describe your mornings.',
    ].join('\n\n'),
  },
  {
    id: 'should-i-buy-a-new-mattress',
    question: 'Should I buy a new mattress because my back is stiff in the morning?',
    answer:
      'Maybe not, at least not as a first step. An old, sagging mattress can play a part, but it is rarely the whole story. How well your back moves, how strong the muscles around it are and how active you are during the day often matter more.\n\n' +
      'There is no single best mattress for back pain. Choose one you find comfortable. Many people do well with a medium-firm one.\n\n' +
      'Before you spend a lot of money, try moving more during the day and see if your mornings change.',
  },
  {
    id: 'when-to-see-a-doctor',
    question: 'When should I see a doctor first?',
    answer: [
      "Call 911 now or go to the emergency room if you have back pain and any of these. Don't drive yourself.",
      list(emergency),
      'Contact a doctor today if any of these apply to you. Call your doctor, go to an urgent care center, or call a nurse line.',
      list(today),
      'See a doctor within a day or two if any of these apply to you.',
      list(soon),
      'See a doctor in the next few weeks if any of these apply to you. It is not urgent.',
      list(routine),
      'Also see a doctor if your back is not getting better within 4 to 6 weeks, or if anything new appears. If you are not sure, it is always OK to ask a doctor.',
      'These answers are general information, not medical advice.',
    ].join('\n\n'),
  },
  {
    id: 'how-does-physical-therapy-help',
    question: 'How can physical therapy help with morning back pain?',
    answer:
      'A physical therapist starts by asking questions and watching how you move. This helps show what may add to your stiffness, such as stiff joints, tight hips or muscles that tire quickly.\n\n' +
      'Then you make a plan together. Exercise and a step-by-step return to activity come first. You may do exercises that help your spine and hips move more freely and make the muscles around your back stronger. Bit by bit, you build back up to the things you care about.\n\n' +
      'There is no one right way to lift, bend or sit. Your therapist can help you find ways that feel good to you.\n\n' +
      'Everyone is different, so no one can promise results or a cure. The goal is to help your back cope better with daily life.',
  },
];
export default items;
