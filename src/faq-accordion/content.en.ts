import type { FaqItem } from './faq-item.js';

/** Built-in morning-back-pain FAQ, English. Answers are plain text; a blank line starts a new paragraph. */
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
    answer:
      'Not always. Most morning stiffness comes from your back being still all night, and it eases soon after you start moving. This is very common.\n\n' +
      'Some kinds of arthritis cause swelling and irritation in the spine. Signs that a doctor may want to look into include stiffness that lasts more than an hour, pain that wakes you in the second half of the night, or pain that gets better with exercise but not with rest.\n\n' +
      'Only a doctor can find the cause. If this sounds familiar, make an appointment and describe your mornings.',
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
    answer:
      'Get emergency care right away (call your local emergency number, 911 in the US, or go to the emergency room) if you have back pain with any of these: numbness or tingling around your bottom, genitals or inner thighs; new trouble peeing or pooping, or leaking; or weakness, numbness or pain in both legs.\n\n' +
      'See a doctor soon if you also have a fever, weight loss you cannot explain, or a history of cancer. The same goes if stiffness lasts more than an hour, or if pain wakes you in the second half of the night and eases when you get up.\n\n' +
      'If you are not sure, it is always OK to ask a doctor.',
  },
  {
    id: 'how-does-physical-therapy-help',
    question: 'How can physical therapy help with morning back pain?',
    answer:
      'A physical therapist starts by asking questions and watching how you move. This helps find what may be adding to your stiffness, such as stiff joints, tight hips or muscles that tire quickly.\n\n' +
      'Then you make a plan together. It may include exercises to help your spine and hips move more freely, strength work for the muscles that support your back, and a step-by-step return to the activities you care about.\n\n' +
      'Results are different for everyone, and no one can promise a cure. The goal is to help your back handle daily life better.',
  },
];
export default items;
