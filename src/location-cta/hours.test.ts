import { expect } from 'chai';
import { EXAMPLE_HOURS } from '../test-support/clinics.js';
import { isTime, isTimeZone } from './config.js';
import { DAYS, formatDay, formatTime, openStatus, spanishTime, zonedInstant, type Day, type Hours, type Status } from './hours.js';

// Opening-hours logic of <mrx-location-cta>. Every instant is fixed (never the
// real clock) and written in UTC; the comments give the location's wall clock.
// Calendar: 2026-11-23 is a Monday; New York is on EST (UTC-5) in late
// November, Sydney on AEDT (+11), Kolkata +05:30, Chatham on CHADT (+13:45).

const NY = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const KOLKATA = 'Asia/Kolkata';
const CHATHAM = 'Pacific/Chatham';

const WEEKDAYS: Hours = {
  mon: [['09:00', '17:00']],
  tue: [['09:00', '17:00']],
  wed: [['09:00', '17:00']],
  thu: [['09:00', '17:00']],
  fri: [['09:00', '17:00']],
};
const every = (ranges: [string, string][]): Hours => Object.fromEntries(DAYS.map((day) => [day, ranges]));

/** openStatus at `iso`, also checking that any change is strictly after now. */
function status(hours: Hours, zone: string, iso: string): Status {
  const now = new Date(iso);
  const result = openStatus(hours, zone, now);
  if (result.change) expect(+result.change.at, `change after ${iso}`).to.be.greaterThan(+now);
  return result;
}
const open = (day: Day, time: string, at: string): Status => ({ open: true, change: { day, time, at: new Date(at) } });
const closed = (day: Day, time: string, at: string): Status => ({ open: false, change: { day, time, at: new Date(at) } });

describe('hours: open now and closed', () => {
  it('is open during opening hours and tells when it closes', () => {
    // Tue 10:00 EST.
    expect(status(EXAMPLE_HOURS, NY, '2026-11-24T15:00:00Z')).to.deep.equal(open('tue', '19:00', '2026-11-25T00:00:00Z'));
  });

  it('is closed before opening and opens later today', () => {
    // Tue 06:00 EST.
    expect(status(EXAMPLE_HOURS, NY, '2026-11-24T11:00:00Z')).to.deep.equal(closed('tue', '07:00', '2026-11-24T12:00:00Z'));
  });

  it('is closed after closing and opens tomorrow', () => {
    // Tue 20:00 EST (already Wednesday in UTC).
    expect(status(EXAMPLE_HOURS, NY, '2026-11-25T01:00:00Z')).to.deep.equal(closed('wed', '07:00', '2026-11-25T12:00:00Z'));
  });

  it('opens after the weekend: Friday evening -> Monday', () => {
    // Fri 20:00 EST.
    expect(status(WEEKDAYS, NY, '2026-11-28T01:00:00Z')).to.deep.equal(closed('mon', '09:00', '2026-11-30T14:00:00Z'));
    // Sat 13:00 EST, after the Saturday morning hours.
    expect(status(EXAMPLE_HOURS, NY, '2026-11-28T18:00:00Z')).to.deep.equal(closed('mon', '07:00', '2026-11-30T12:00:00Z'));
  });

  it('opens on the same weekday next week when that is the only opening', () => {
    // Mon 20:00 EST; open Mondays only.
    expect(status({ mon: [['07:00', '19:00']] }, NY, '2026-11-24T01:00:00Z')).to.deep.equal(closed('mon', '07:00', '2026-11-30T12:00:00Z'));
  });

  it('gives the pieces of the status line: "Closed, opens Mon 7 AM"', () => {
    const { open: isOpen, change } = status(EXAMPLE_HOURS, NY, '2026-11-28T18:00:00Z');
    expect(isOpen).to.equal(false);
    expect(`${formatDay(change!.day, 'en')} ${formatTime(change!.time, 'en')}`).to.equal('Mon 7 AM');
    expect(`${formatDay(change!.day, 'es')} ${formatTime(change!.time, 'es')}`).to.equal('lunes 7:00\u00a0a.\u00a0m.');
  });
});

describe('hours: never opens, never closes', () => {
  it('is closed with no next opening when closed all week', () => {
    expect(status({}, NY, '2026-11-24T15:00:00Z')).to.deep.equal({ open: false, change: null });
    expect(status(every([]), NY, '2026-11-24T15:00:00Z')).to.deep.equal({ open: false, change: null });
  });

  it('is open with no close when open 24/7', () => {
    expect(status(every([['00:00', '24:00']]), NY, '2026-11-24T15:00:00Z')).to.deep.equal({ open: true, change: null });
    expect(status(every([['00:00', '24:00']]), CHATHAM, '2026-11-24T15:00:00Z')).to.deep.equal({ open: true, change: null });
  });

  it('is open 24/7 across daylight-saving changes', () => {
    for (const iso of ['2026-03-08T06:30:00Z', '2026-03-08T07:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']) {
      expect(status(every([['00:00', '24:00']]), NY, iso), iso).to.deep.equal({ open: true, change: null });
    }
  });

  it('is open 24/7 when every day runs overnight into the next', () => {
    // close <= open runs into the next day: 00:00-00:00 is a whole day.
    expect(status(every([['00:00', '00:00']]), NY, '2026-11-24T15:00:00Z')).to.deep.equal({ open: true, change: null });
    expect(status(every([['08:00', '08:00']]), SYDNEY, '2026-11-24T15:00:00Z')).to.deep.equal({ open: true, change: null });
  });

  it('reports the real close when open around the clock but one day', () => {
    const hours: Hours = { ...every([['00:00', '24:00']]), sun: [] };
    // Tue 10:00 EST: closes Sunday 00:00 (Sat 24:00).
    expect(status(hours, NY, '2026-11-24T15:00:00Z')).to.deep.equal(open('sun', '00:00', '2026-11-29T05:00:00Z'));
  });
});

describe('hours: split hours', () => {
  const split: Hours = {
    tue: [
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ],
    wed: [['08:00', '12:00']],
  };

  it('is closed before the morning opening', () => {
    expect(status(split, NY, '2026-11-24T12:00:00Z')).to.deep.equal(closed('tue', '08:00', '2026-11-24T13:00:00Z'));
  });

  it('is open in the morning and closes for lunch', () => {
    expect(status(split, NY, '2026-11-24T15:00:00Z')).to.deep.equal(open('tue', '12:00', '2026-11-24T17:00:00Z'));
  });

  it('is closed during the lunch break and reopens after it', () => {
    expect(status(split, NY, '2026-11-24T17:30:00Z')).to.deep.equal(closed('tue', '13:00', '2026-11-24T18:00:00Z'));
  });

  it('is open in the afternoon', () => {
    expect(status(split, NY, '2026-11-24T19:00:00Z')).to.deep.equal(open('tue', '18:00', '2026-11-24T23:00:00Z'));
  });

  it('is closed after the afternoon and opens the next day', () => {
    expect(status(split, NY, '2026-11-24T23:30:00Z')).to.deep.equal(closed('wed', '08:00', '2026-11-25T13:00:00Z'));
  });

  it('accepts ranges in any order', () => {
    const reversed: Hours = {
      tue: [
        ['13:00', '18:00'],
        ['08:00', '12:00'],
      ],
    };
    expect(status(reversed, NY, '2026-11-24T17:30:00Z')).to.deep.equal(closed('tue', '13:00', '2026-11-24T18:00:00Z'));
    expect(status(reversed, NY, '2026-11-24T12:00:00Z')).to.deep.equal(closed('tue', '08:00', '2026-11-24T13:00:00Z'));
  });
});

describe('hours: overnight ranges', () => {
  const late: Hours = { fri: [['22:00', '02:00']] };

  it('is open before midnight and closes the next day', () => {
    // Fri 23:00 EST.
    expect(status(late, NY, '2026-11-28T04:00:00Z')).to.deep.equal(open('sat', '02:00', '2026-11-28T07:00:00Z'));
  });

  it('is open after midnight, on the following day', () => {
    // Sat 01:00 EST.
    expect(status(late, NY, '2026-11-28T06:00:00Z')).to.deep.equal(open('sat', '02:00', '2026-11-28T07:00:00Z'));
  });

  it('is closed after the overnight close and opens next week', () => {
    // Sat 03:00 EST.
    expect(status(late, NY, '2026-11-28T08:00:00Z')).to.deep.equal(closed('fri', '22:00', '2026-12-05T03:00:00Z'));
    // Fri 21:00 EST.
    expect(status(late, NY, '2026-11-28T02:00:00Z')).to.deep.equal(closed('fri', '22:00', '2026-11-28T03:00:00Z'));
  });

  it('wraps from Sunday night into Monday', () => {
    const sunday: Hours = { sun: [['20:00', '03:00']] };
    // Mon 2026-11-23 01:00 EST: yesterday's (Sunday's) range.
    expect(status(sunday, NY, '2026-11-23T06:00:00Z')).to.deep.equal(open('mon', '03:00', '2026-11-23T08:00:00Z'));
    // Sun 2026-11-29 21:00 EST.
    expect(status(sunday, NY, '2026-11-30T02:00:00Z')).to.deep.equal(open('mon', '03:00', '2026-11-30T08:00:00Z'));
    // Mon 04:00 EST: the next one is Sunday evening.
    expect(status(sunday, NY, '2026-11-23T09:00:00Z')).to.deep.equal(closed('sun', '20:00', '2026-11-30T01:00:00Z'));
  });

  it('continues into the next day\u2019s own ranges as one opening', () => {
    const hours: Hours = { fri: [['18:00', '02:00']], sat: [['02:00', '10:00']] };
    // Fri 20:00 EST.
    expect(status(hours, NY, '2026-11-28T01:00:00Z')).to.deep.equal(open('sat', '10:00', '2026-11-28T15:00:00Z'));
    const overlapping: Hours = { fri: [['18:00', '03:00']], sat: [['00:00', '12:00']] };
    expect(status(overlapping, NY, '2026-11-28T01:00:00Z')).to.deep.equal(open('sat', '12:00', '2026-11-28T17:00:00Z'));
    // Sunday night into Monday morning hours.
    const wrap: Hours = { sun: [['22:00', '00:00']], mon: [['00:00', '06:00']] };
    expect(status(wrap, NY, '2026-11-30T04:00:00Z')).to.deep.equal(open('mon', '06:00', '2026-11-30T11:00:00Z'));
  });
});

describe('hours: back-to-back ranges and boundaries', () => {
  it('merges back-to-back ranges into one opening', () => {
    const hours: Hours = {
      tue: [
        ['08:00', '12:00'],
        ['12:00', '17:00'],
      ],
    };
    expect(status(hours, NY, '2026-11-24T15:00:00Z')).to.deep.equal(open('tue', '17:00', '2026-11-24T22:00:00Z'));
    // Exactly at the seam.
    expect(status(hours, NY, '2026-11-24T17:00:00Z')).to.deep.equal(open('tue', '17:00', '2026-11-24T22:00:00Z'));
  });

  it('is open at the opening minute', () => {
    expect(status(EXAMPLE_HOURS, NY, '2026-11-24T12:00:00Z')).to.deep.equal(open('tue', '19:00', '2026-11-25T00:00:00Z'));
  });

  it('is closed just before the opening minute, opening strictly later', () => {
    expect(status(EXAMPLE_HOURS, NY, '2026-11-24T11:59:59.999Z')).to.deep.equal(closed('tue', '07:00', '2026-11-24T12:00:00Z'));
  });

  it('is closed at the closing minute', () => {
    expect(status(EXAMPLE_HOURS, NY, '2026-11-25T00:00:00Z')).to.deep.equal(closed('wed', '07:00', '2026-11-25T12:00:00Z'));
    expect(status(EXAMPLE_HOURS, NY, '2026-11-24T23:59:59.999Z')).to.deep.equal(open('tue', '19:00', '2026-11-25T00:00:00Z'));
  });

  it('closes at "24:00", midnight of the next day', () => {
    const hours: Hours = { tue: [['18:00', '24:00']] };
    // Tue 20:00 EST.
    expect(status(hours, NY, '2026-11-25T01:00:00Z')).to.deep.equal(open('wed', '00:00', '2026-11-25T05:00:00Z'));
    expect(status(hours, NY, '2026-11-25T05:00:00Z')).to.deep.equal(closed('tue', '18:00', '2026-12-01T23:00:00Z'));
    // "24:00" followed by the next day's "00:00" is continuous.
    const continued: Hours = { tue: [['18:00', '24:00']], wed: [['00:00', '02:00']] };
    expect(status(continued, NY, '2026-11-25T01:00:00Z')).to.deep.equal(open('wed', '02:00', '2026-11-25T07:00:00Z'));
  });
});

describe('hours: daylight saving in America/New_York', () => {
  it('converts wall time to instants across the spring-forward day (2026-03-08)', () => {
    expect(zonedInstant(NY, 2026, 3, 8, 0, 30).toISOString()).to.equal('2026-03-08T05:30:00.000Z');
    expect(zonedInstant(NY, 2026, 3, 8, 1, 59).toISOString()).to.equal('2026-03-08T06:59:00.000Z');
    // 02:00-02:59 does not exist: the first valid instant after it, 03:00 EDT.
    expect(zonedInstant(NY, 2026, 3, 8, 2, 0).toISOString()).to.equal('2026-03-08T07:00:00.000Z');
    expect(zonedInstant(NY, 2026, 3, 8, 2, 30).toISOString()).to.equal('2026-03-08T07:00:00.000Z');
    expect(zonedInstant(NY, 2026, 3, 8, 3, 0).toISOString()).to.equal('2026-03-08T07:00:00.000Z');
    expect(zonedInstant(NY, 2026, 3, 8, 12, 0).toISOString()).to.equal('2026-03-08T16:00:00.000Z');
  });

  it('converts wall time to instants across the fall-back day (2026-11-01)', () => {
    expect(zonedInstant(NY, 2026, 11, 1, 0, 30).toISOString()).to.equal('2026-11-01T04:30:00.000Z');
    // 01:00-01:59 happens twice: the first occurrence (EDT).
    expect(zonedInstant(NY, 2026, 11, 1, 1, 0).toISOString()).to.equal('2026-11-01T05:00:00.000Z');
    expect(zonedInstant(NY, 2026, 11, 1, 1, 30).toISOString()).to.equal('2026-11-01T05:30:00.000Z');
    expect(zonedInstant(NY, 2026, 11, 1, 2, 0).toISOString()).to.equal('2026-11-01T07:00:00.000Z');
    expect(zonedInstant(NY, 2026, 11, 1, 12, 0).toISOString()).to.equal('2026-11-01T17:00:00.000Z');
  });

  it('opens at local time on the spring-forward day', () => {
    const hours = every([['07:00', '19:00']]);
    // Sun 01:00 EST -> opens 07:00 EDT, closes 19:00 EDT.
    expect(status(hours, NY, '2026-03-08T06:00:00Z')).to.deep.equal(closed('sun', '07:00', '2026-03-08T11:00:00Z'));
    expect(status(hours, NY, '2026-03-08T12:00:00Z')).to.deep.equal(open('sun', '19:00', '2026-03-08T23:00:00Z'));
    // Sat 20:00 EST -> Sunday 07:00 EDT.
    expect(status(hours, NY, '2026-03-08T01:00:00Z')).to.deep.equal(closed('sun', '07:00', '2026-03-08T11:00:00Z'));
  });

  it('opens at the first valid instant when the opening time does not exist', () => {
    const hours: Hours = { sun: [['02:30', '05:00']] };
    // Sat 22:00 EST -> 02:30 is skipped, opens at 03:00 EDT.
    expect(status(hours, NY, '2026-03-08T03:00:00Z')).to.deep.equal(closed('sun', '03:00', '2026-03-08T07:00:00Z'));
    expect(status(hours, NY, '2026-03-08T07:00:00Z')).to.deep.equal(open('sun', '05:00', '2026-03-08T09:00:00Z'));
  });

  it('keeps an overnight range across the spring-forward change', () => {
    const hours: Hours = { sat: [['22:00', '06:00']] };
    // Sat 23:00 EST, Sun 01:30 EST, Sun 03:30 EDT: all close at 06:00 EDT.
    for (const iso of ['2026-03-08T04:00:00Z', '2026-03-08T06:30:00Z', '2026-03-08T07:30:00Z']) {
      expect(status(hours, NY, iso), iso).to.deep.equal(open('sun', '06:00', '2026-03-08T10:00:00Z'));
    }
    // Closing in the skipped hour closes at 03:00 EDT.
    expect(status({ sat: [['22:00', '02:30']] }, NY, '2026-03-08T06:30:00Z')).to.deep.equal(open('sun', '03:00', '2026-03-08T07:00:00Z'));
  });

  it('opens at local time on the fall-back day', () => {
    const hours = every([['07:00', '19:00']]);
    expect(status(hours, NY, '2026-11-01T06:30:00Z')).to.deep.equal(closed('sun', '07:00', '2026-11-01T12:00:00Z'));
    expect(status(hours, NY, '2026-11-01T13:00:00Z')).to.deep.equal(open('sun', '19:00', '2026-11-02T00:00:00Z'));
  });

  it('takes the first occurrence of an ambiguous time', () => {
    const hours: Hours = { sun: [['01:30', '03:00']] };
    // Sat 23:00 EDT -> opens 01:30 EDT.
    expect(status(hours, NY, '2026-11-01T03:00:00Z')).to.deep.equal(closed('sun', '01:30', '2026-11-01T05:30:00Z'));
    // 01:45 EDT and the second 01:30 (EST): open until 03:00 EST.
    expect(status(hours, NY, '2026-11-01T05:45:00Z')).to.deep.equal(open('sun', '03:00', '2026-11-01T08:00:00Z'));
    expect(status(hours, NY, '2026-11-01T06:30:00Z')).to.deep.equal(open('sun', '03:00', '2026-11-01T08:00:00Z'));
  });

  it('keeps an overnight range across the fall-back change (9 hours long)', () => {
    const hours: Hours = { sat: [['22:00', '06:00']] };
    expect(status(hours, NY, '2026-11-01T02:00:00Z')).to.deep.equal(open('sun', '06:00', '2026-11-01T11:00:00Z'));
    expect(status(hours, NY, '2026-11-01T01:59:00Z')).to.deep.equal(closed('sat', '22:00', '2026-11-01T02:00:00Z'));
  });
});

describe('hours: locations far from the browser', () => {
  it('uses Sydney\u2019s calendar day, not the browser\u2019s', () => {
    // 2026-11-24T15:00Z is Wed 02:00 AEDT.
    expect(status(WEEKDAYS, SYDNEY, '2026-11-24T15:00:00Z')).to.deep.equal(closed('wed', '09:00', '2026-11-24T22:00:00Z'));
    expect(status(WEEKDAYS, SYDNEY, '2026-11-24T23:00:00Z')).to.deep.equal(open('wed', '17:00', '2026-11-25T06:00:00Z'));
    // Sat 10:00 AEDT -> Monday.
    expect(status(WEEKDAYS, SYDNEY, '2026-11-27T23:00:00Z')).to.deep.equal(closed('mon', '09:00', '2026-11-29T22:00:00Z'));
  });

  it('follows Sydney\u2019s own daylight-saving dates', () => {
    // Starts Sun 2026-10-04 02:00 AEST -> 03:00 AEDT: 02:30 opens at 03:00 AEDT.
    expect(zonedInstant(SYDNEY, 2026, 10, 4, 2, 30).toISOString()).to.equal('2026-10-03T16:00:00.000Z');
    expect(status({ sun: [['02:30', '04:00']] }, SYDNEY, '2026-10-03T14:00:00Z')).to.deep.equal(
      closed('sun', '03:00', '2026-10-03T16:00:00Z'),
    );
    // Ends Sun 2026-04-05 03:00 AEDT -> 02:00 AEST: 02:30 first occurs in AEDT.
    expect(zonedInstant(SYDNEY, 2026, 4, 5, 2, 30).toISOString()).to.equal('2026-04-04T15:30:00.000Z');
    // Sun 01:00 AEDT, open until 12:00 AEST.
    expect(status({ sun: [['00:00', '12:00']] }, SYDNEY, '2026-04-04T14:00:00Z')).to.deep.equal(
      open('sun', '12:00', '2026-04-05T02:00:00Z'),
    );
    // New York is on EDT while Sydney is still on AEDT: weekday 9-17 on Mon 2026-03-09.
    expect(status(WEEKDAYS, SYDNEY, '2026-03-08T23:00:00Z')).to.deep.equal(open('mon', '17:00', '2026-03-09T06:00:00Z'));
  });

  it('handles a half-hour offset (Asia/Kolkata, +05:30)', () => {
    const hours: Hours = { ...WEEKDAYS, sat: [['09:00', '13:00']] };
    // Tue 20:30 IST.
    expect(status(hours, KOLKATA, '2026-11-24T15:00:00Z')).to.deep.equal(closed('wed', '09:00', '2026-11-25T03:30:00Z'));
    expect(status(hours, KOLKATA, '2026-11-25T03:29:00Z')).to.deep.equal(closed('wed', '09:00', '2026-11-25T03:30:00Z'));
    expect(status(hours, KOLKATA, '2026-11-25T03:30:00Z')).to.deep.equal(open('wed', '17:00', '2026-11-25T11:30:00Z'));
  });

  it('handles a quarter-hour offset with daylight saving (Pacific/Chatham)', () => {
    // November: +13:45. 2026-11-24T15:00Z is Wed 04:45.
    expect(status(WEEKDAYS, CHATHAM, '2026-11-24T15:00:00Z')).to.deep.equal(closed('wed', '09:00', '2026-11-24T19:15:00Z'));
    // June: +12:45. 2026-06-15T00:00Z is Mon 12:45.
    expect(status(WEEKDAYS, CHATHAM, '2026-06-15T00:00:00Z')).to.deep.equal(open('mon', '17:00', '2026-06-15T04:15:00Z'));
    // Daylight saving starts Sun 2026-09-27 02:45 -> 03:45: 03:00 does not exist.
    expect(zonedInstant(CHATHAM, 2026, 9, 27, 3, 0).toISOString()).to.equal('2026-09-26T14:00:00.000Z');
  });
});

describe('hours: the next change is consistent', () => {
  const schedules: [string, Hours][] = [
    ['clinic', EXAMPLE_HOURS],
    [
      'split and overnight',
      {
        mon: [
          ['08:00', '12:00'],
          ['13:00', '18:00'],
        ],
        fri: [['22:00', '02:30']],
        sat: [['01:30', '03:00']],
        sun: [['20:00', '03:00']],
      },
    ],
    [
      'nearly always',
      {
        ...every([['00:00', '24:00']]),
        wed: [
          ['00:00', '02:15'],
          ['02:45', '24:00'],
        ],
      },
    ],
  ];
  const windows = ['2026-03-05T00:00:00Z', '2026-10-01T00:00:00Z', '2026-10-29T00:00:00Z'];

  for (const zone of [NY, SYDNEY, CHATHAM]) {
    it(`flips exactly at change.at, which is always after now (${zone})`, () => {
      for (const [name, hours] of schedules) {
        for (const start of windows) {
          for (let t = +new Date(start); t < +new Date(start) + 9 * 864e5; t += 97 * 6e4) {
            const now = new Date(t);
            const label = `${name} at ${now.toISOString()}`;
            const result = openStatus(hours, zone, now);
            if (!result.change) {
              expect(result.open, label).to.equal(true);
              expect(openStatus(hours, zone, new Date(t + 7 * 864e5)).open, label).to.equal(true);
              continue;
            }
            const at = +result.change.at;
            expect(at, label).to.be.greaterThan(t);
            expect(at - t, label).to.be.at.most(8 * 864e5);
            expect(openStatus(hours, zone, new Date(at - 1)), label).to.deep.equal(result);
            expect(openStatus(hours, zone, new Date(at)).open, label).to.equal(!result.open);
            // day and time are the location's wall clock at that instant.
            const wall = new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              weekday: 'short',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            }).format(at);
            expect(wall, label).to.equal(`${formatDay(result.change.day, 'en')} ${result.change.time}`);
          }
        }
      }
    });
  }
});

describe('hours: validation', () => {
  it('exports the days in order, Monday first', () => {
    expect(DAYS).to.deep.equal(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('accepts IANA time zones', () => {
    for (const zone of [NY, SYDNEY, KOLKATA, CHATHAM, 'Europe/Madrid', 'America/Mexico_City', 'UTC'])
      expect(isTimeZone(zone), zone).to.equal(true);
  });

  it('rejects unknown time zones without throwing', () => {
    for (const zone of ['', 'Mars/Olympus', 'America/Atlantis', 'New York', 'not a zone', ' ']) {
      expect(() => isTimeZone(zone), zone).not.to.throw();
      expect(isTimeZone(zone), zone).to.equal(false);
    }
  });

  it('accepts 24-hour times from 00:00 to 23:59, and 24:00', () => {
    for (const time of ['00:00', '07:00', '09:05', '12:00', '19:30', '23:59', '24:00']) expect(isTime(time), time).to.equal(true);
  });

  it('rejects other times', () => {
    for (const time of ['7:00', '24:01', '23:60', '12:5', '25:00', '', '12:00 ', ' 12:00', '1200', '12-00', '12:00:00', '7 PM', 'ab:cd']) {
      expect(isTime(time), time).to.equal(false);
    }
  });
});

describe('hours: formatting', () => {
  it('formats times in English, minutes only when needed', () => {
    expect(formatTime('19:00', 'en')).to.equal('7 PM');
    expect(formatTime('19:30', 'en')).to.equal('7:30 PM');
    expect(formatTime('07:00', 'en')).to.equal('7 AM');
    expect(formatTime('09:05', 'en')).to.equal('9:05 AM');
    expect(formatTime('12:00', 'en')).to.equal('12 PM');
    expect(formatTime('00:00', 'en')).to.equal('12 AM');
    expect(formatTime('24:00', 'en')).to.equal('12 AM');
  });

  it('formats times in Spanish as US readers read them, on the 12-hour clock with "a. m." / "p. m."', () => {
    // No-break spaces: a line never ends between "7:00", "p." and "m.".
    expect(formatTime('19:00', 'es')).to.equal('7:00\u00a0p.\u00a0m.');
    expect(formatTime('19:30', 'es')).to.equal('7:30\u00a0p.\u00a0m.');
    expect(formatTime('07:00', 'es')).to.equal('7:00\u00a0a.\u00a0m.');
    expect(formatTime('09:05', 'es')).to.equal('9:05\u00a0a.\u00a0m.');
    expect(formatTime('13:00', 'es')).to.equal('1:00\u00a0p.\u00a0m.');
    expect(formatTime('01:00', 'es')).to.equal('1:00\u00a0a.\u00a0m.');
    expect(formatTime('10:00', 'es')).to.equal('10:00\u00a0a.\u00a0m.');
    expect(formatTime('12:00', 'es')).to.equal('12:00\u00a0p.\u00a0m.');
    expect(formatTime('12:30', 'es')).to.equal('12:30\u00a0p.\u00a0m.');
  });

  it('never writes a Spanish time on the 24-hour clock, nor "0:00"', () => {
    expect(formatTime('00:00', 'es')).to.equal('12:00\u00a0a.\u00a0m.');
    expect(formatTime('24:00', 'es')).to.equal('12:00\u00a0a.\u00a0m.');
    expect(formatTime('00:30', 'es')).to.equal('12:30\u00a0a.\u00a0m.');
    for (let hour = 0; hour < 24; hour++) {
      const time = `${String(hour).padStart(2, '0')}:15`;
      expect(formatTime(time, 'es'), time).to.match(/^(1[0-2]|[1-9]):15\u00a0[ap]\.\u00a0m\.$/);
    }
  });

  it('spells every engine\u2019s Spanish day period one way', () => {
    // What CLDR versions have given for es-US and es: "p.m.", "p. m." with no-break or narrow spaces, "PM".
    const seen = [
      '7:00 p.m.',
      '7:00\u202fp.m.',
      '7:00\u00a0p.\u00a0m.',
      '7:00 p. m.',
      '7:00\u202fp.\u00a0m.',
      '7:00 PM',
      '7:00 pm',
      '7:00p.m.',
      '7:00 p.m',
    ];
    for (const text of seen) expect(spanishTime(text), JSON.stringify(text)).to.equal('7:00\u00a0p.\u00a0m.');
    expect(spanishTime('12:30 a.m.')).to.equal('12:30\u00a0a.\u00a0m.');
    expect(spanishTime('1:00 A. M.')).to.equal('1:00\u00a0a.\u00a0m.');
    // Already in the one form: unchanged.
    expect(spanishTime('7:00\u00a0p.\u00a0m.')).to.equal('7:00\u00a0p.\u00a0m.');
    // Nothing to normalise: left alone, never given a day period it did not have.
    expect(spanishTime('19:00')).to.equal('19:00');
  });

  it('formats short weekdays in English', () => {
    expect(DAYS.map((day) => formatDay(day, 'en'))).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('formats weekdays in full in Spanish', () => {
    expect(DAYS.map((day) => formatDay(day, 'es'))).to.deep.equal([
      'lunes',
      'martes',
      'miércoles',
      'jueves',
      'viernes',
      'sábado',
      'domingo',
    ]);
  });
});
