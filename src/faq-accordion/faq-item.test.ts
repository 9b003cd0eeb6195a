import { expect } from 'chai';
import { parseFaqItems } from './faq-item.js';

describe('parseFaqItems()', () => {
  it('accepts items with and without ids, trimming questions and keeping answers as written', () => {
    expect(
      parseFaqItems([
        { id: 'a-1', question: '  Q?  ', answer: 'A\n\nB' },
        { question: 'R?', answer: '' },
      ]),
    ).to.deep.equal([
      { id: 'a-1', question: 'Q?', answer: 'A\n\nB' },
      { question: 'R?', answer: '' },
    ]);
  });

  it('ignores extra fields', () => {
    expect(parseFaqItems([{ question: 'Q', answer: 'A', extra: true }])).to.deep.equal([{ question: 'Q', answer: 'A' }]);
  });

  const bad: [string, unknown, string][] = [
    ['null', null, 'expected an array of {"question", "answer"} objects, got null'],
    ['a string', 'text', 'expected an array of {"question", "answer"} objects, got "text"'],
    ['an empty array', [], 'the JSON array is empty'],
    ['null item', [null], 'item [0] must be an object, got null'],
    ['array item', [[1]], 'item [0] must be an object, got [1]'],
    ['blank question', [{ question: '  ', answer: 'A' }], 'item [0].question must be non-empty text, got "  "'],
    ['numeric question', [{ question: 5, answer: 'A' }], 'item [0].question must be non-empty text, got 5'],
    ['missing answer', [{ question: 'Q' }], 'item [0].answer must be text, got undefined'],
    ['object answer', [{ question: 'Q', answer: { html: '<b>' } }], 'item [0].answer must be text, got {"html":"<b>"}'],
    [
      'numeric id',
      [{ id: 7, question: 'Q', answer: 'A' }],
      'item [0].id must start with a letter and hold only letters, digits, "-" and "_", got 7',
    ],
    [
      'id with a space',
      [{ id: 'a b', question: 'Q', answer: 'A' }],
      'item [0].id must start with a letter and hold only letters, digits, "-" and "_", got "a b"',
    ],
    ['a later bad item', [{ question: 'Q', answer: 'A' }, { question: 'Q2' }], 'item [1].answer must be text, got undefined'],
  ];
  for (const [name, value, message] of bad) {
    it(`rejects ${name}`, () => expect(parseFaqItems(value)).to.equal(message));
  }

  it('cuts a huge value short in the message', () => {
    const message = parseFaqItems([{ question: 'x'.repeat(500), answer: 3 }]) as string;
    expect(message).to.equal('item [0].answer must be text, got 3');
    const long = parseFaqItems('y'.repeat(500)) as string;
    expect(long.length).to.be.lessThan(200);
    expect(long.endsWith('…')).to.equal(true);
  });
});
