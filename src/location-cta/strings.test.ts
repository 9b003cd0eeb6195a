import { expect } from 'chai';
import { EXAMPLE_HOURS } from '../test-support/clinics.js';
import type { Language } from '../internal/localize.js';
import { DAYS, openStatus, zonedInstant, type Hours } from './hours.js';
import { STRINGS, statusLine } from './strings.js';

// The location CTA's copy and its status line, from fixed instants in
// New York (EST, UTC-5, in late November 2026; 2026-11-23 is a Monday).
// Spanish times carry no-break spaces ("7:00\u00a0p.\u00a0m."): `NB` writes them.

const NY = 'America/New_York';
const NB = '\u00a0';
/** The status line at New York wall time 2026-11-`day` hh:mm. */
function line(hours: Hours, day: number, hh: number, mm: number, lang: Language): string {
  const now = zonedInstant(NY, 2026, 11, day, hh, mm);
  return statusLine(openStatus(hours, NY, now), NY, +now, lang);
}
const both = (hours: Hours, day: number, hh: number, mm: number) => [line(hours, day, hh, mm, 'en'), line(hours, day, hh, mm, 'es')];
const every = (ranges: [string, string][]): Hours => Object.fromEntries(DAYS.map((day) => [day, ranges]));
/** Every Spanish text the CTA can show, with sample arguments. */
const spanish = () => {
  const es = STRINGS.es;
  return [
    es.headline('Tampa'),
    es.closes('lunes', '7:00 p. m.'),
    es.opens('', '7:00 a. m.'),
    es.closed,
    es.allDay,
    es.midnight,
    es.call,
    es.directions,
    es.book,
    es.choose,
    es.nearest,
    es.locating,
    es.found('MotionRx Tampa'),
    es.denied,
    es.unavailable,
    es.unsupported,
  ];
};

describe('strings: the status line in English (unchanged)', () => {
  it('says open and when it closes, closed and when it opens', () => {
    // Tue 10:00; Sat 13:00; Mon 22:00; Tue 05:00.
    expect(line(EXAMPLE_HOURS, 24, 10, 0, 'en')).to.equal('Open now, closes 7 PM');
    expect(line(EXAMPLE_HOURS, 28, 13, 0, 'en')).to.equal('Closed, opens Mon 7 AM');
    expect(line(EXAMPLE_HOURS, 23, 22, 0, 'en')).to.equal('Closed, opens Tue 7 AM');
    expect(line(EXAMPLE_HOURS, 24, 5, 0, 'en')).to.equal('Closed, opens 7 AM');
    expect(line({ tue: [['09:00', '13:30']] }, 24, 10, 0, 'en')).to.equal('Open now, closes 1:30 PM');
  });

  it('uses short weekdays', () => {
    const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    DAYS.forEach((day, i) => {
      // 20:00 the evening before that weekday (Sunday 2026-11-22 for Monday).
      expect(line({ [day]: [['09:00', '17:00']] }, 22 + i, 20, 0, 'en'), day).to.equal(`Closed, opens ${names[i]} 9 AM`);
    });
  });
});

describe('strings: the status line in Spanish', () => {
  it('says open and when it closes, closed and when it opens, on the 12-hour clock', () => {
    expect(line(EXAMPLE_HOURS, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 7:00${NB}p.${NB}m.`);
    expect(line(EXAMPLE_HOURS, 28, 13, 0, 'es')).to.equal(`Cerrado, abre el lunes a las 7:00${NB}a.${NB}m.`);
    expect(line(EXAMPLE_HOURS, 23, 22, 0, 'es')).to.equal(`Cerrado, abre el martes a las 7:00${NB}a.${NB}m.`);
    expect(line(EXAMPLE_HOURS, 24, 5, 0, 'es')).to.equal(`Cerrado, abre a las 7:00${NB}a.${NB}m.`);
  });

  it('names every weekday in full: "el lunes", never "el lun"', () => {
    const names = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
    DAYS.forEach((day, i) => {
      const hours: Hours = { [day]: [['09:00', '17:00']] };
      expect(line(hours, 22 + i, 20, 0, 'es'), day).to.equal(`Cerrado, abre el ${names[i]} a las 9:00${NB}a.${NB}m.`);
    });
    // A close on another day names it too: Friday 23:00, open until Saturday 2:00.
    expect(line({ fri: [['22:00', '02:00']] }, 27, 23, 0, 'es')).to.equal(`Abierto ahora, cierra el sábado a las 2:00${NB}a.${NB}m.`);
  });

  it('says "a la 1" for one o\u2019clock, "a las" for every other hour', () => {
    // Closes or opens in the one o'clock hour: singular, morning and afternoon.
    expect(line({ tue: [['09:00', '13:00']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a la 1:00${NB}p.${NB}m.`);
    expect(line({ tue: [['09:00', '13:30']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a la 1:30${NB}p.${NB}m.`);
    expect(line({ wed: [['01:00', '05:00']] }, 24, 10, 0, 'es')).to.equal(`Cerrado, abre el miércoles a la 1:00${NB}a.${NB}m.`);
    // Clearwater's lunch break: back at 1 PM.
    expect(
      line(
        {
          mon: [
            ['08:00', '12:00'],
            ['13:00', '18:00'],
          ],
        },
        30,
        12,
        30,
        'es',
      ),
    ).to.equal(`Cerrado, abre a la 1:00${NB}p.${NB}m.`);
    // The hours either side, and those that start with a 1: plural.
    expect(line({ tue: [['09:00', '12:00']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 12:00${NB}p.${NB}m.`);
    expect(line({ tue: [['09:00', '12:59']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 12:59${NB}p.${NB}m.`);
    expect(line({ tue: [['09:00', '14:00']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 2:00${NB}p.${NB}m.`);
    expect(line({ tue: [['09:00', '22:00']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 10:00${NB}p.${NB}m.`);
    expect(line({ tue: [['09:00', '23:00']] }, 24, 10, 0, 'es')).to.equal(`Abierto ahora, cierra a las 11:00${NB}p.${NB}m.`);
    expect(line({ tue: [['11:00', '17:00']] }, 24, 10, 0, 'es')).to.equal(`Cerrado, abre a las 11:00${NB}a.${NB}m.`);
    expect(line({ wed: [['02:00', '05:00']] }, 24, 10, 0, 'es')).to.equal(`Cerrado, abre el miércoles a las 2:00${NB}a.${NB}m.`);
  });

  it('keeps the time on one line: no-break spaces inside "7:00 p. m."', () => {
    for (const [hours, day] of [
      [EXAMPLE_HOURS, 24],
      [EXAMPLE_HOURS, 28],
    ] as const) {
      const text = line(hours, day, 10, 0, 'es');
      expect(text, text).to.match(/ \d{1,2}:\d\d\u00a0[ap]\.\u00a0m\.$/);
      expect(text, text).to.not.match(/[ap]\.m\.|\u202f/);
    }
  });
});

describe('strings: midnight and 24 hours', () => {
  it('says a close at midnight as a word, never "12 AM" or "0:00"', () => {
    // Tuesday 20:00, open until 24:00; the same written as an overnight range ending 00:00.
    for (const hours of [{ tue: [['18:00', '24:00']] }, { tue: [['18:00', '00:00']] }] as Hours[]) {
      expect(both(hours, 24, 20, 0)).to.deep.equal(['Open now, closes midnight', 'Abierto ahora, cierra a la medianoche']);
    }
  });

  it('says a close at midnight on a later day with the day it ends', () => {
    // Monday 10:00, open without a break until the end of Tuesday: Tuesday night, not "Wed 12 AM".
    const hours: Hours = { mon: [['08:00', '24:00']], tue: [['00:00', '24:00']] };
    expect(both(hours, 23, 10, 0)).to.deep.equal(['Open now, closes Tue midnight', 'Abierto ahora, cierra el martes a la medianoche']);
  });

  it('keeps the clock time for an opening just after midnight, with its day', () => {
    // Tuesday 20:00.
    expect(both({ wed: [['00:30', '02:00']] }, 24, 20, 0)).to.deep.equal([
      'Closed, opens Wed 12:30 AM',
      `Cerrado, abre el miércoles a las 12:30${NB}a.${NB}m.`,
    ]);
  });

  it('says open 24 hours when it never closes, and closed when it never opens', () => {
    expect(both(every([['00:00', '24:00']]), 24, 10, 0)).to.deep.equal(['Open 24 hours', 'Abierto las 24 horas']);
    expect(both({}, 24, 10, 0)).to.deep.equal(['Closed', 'Cerrado']);
  });
});

describe('strings: Spanish copy', () => {
  it('gives the headline with "terapia física" once, for US readers', () => {
    expect(STRINGS.es.headline('Tampa')).to.equal('Fisioterapia (terapia física) para el dolor de espalda en Tampa');
    expect(STRINGS.en.headline('Tampa')).to.equal('Back pain physical therapy in Tampa');
  });

  it('speaks to the reader as usted, never tú', () => {
    const texts = spanish();
    expect(texts.join(' ')).to.include('Elija').and.include('su ubicación');
    for (const text of texts) {
      expect(text, text).to.not.match(/(^|[^\p{L}])(tú|tu|tus|te|ti|contigo|elige|escoge|busca|llama|pide|agenda|programa)(?![\p{L}])/iu);
    }
  });

  it('has no text left empty or in English', () => {
    for (const text of spanish()) {
      expect(text.trim(), 'empty').to.not.equal('');
      expect(STRINGS.en, text).to.satisfy((en: Record<string, unknown>) => !Object.values(en).includes(text));
    }
  });
});
