// Opening hours of a clinic location, computed in the location's own IANA time
// zone (never the browser's). Pure: no DOM; only Intl and Date (the one import
// is a type).
import type { Language } from '../internal/localize.js';

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/**
 * Opening ranges per day, 24-hour "HH:MM" ("24:00" allowed as a close). A range
 * whose close is <= its open runs overnight into the next day. Days missing or
 * `[]` are closed; several ranges per day are split hours.
 */
export type Hours = Partial<Record<Day, [string, string][]>>;
/** The next change of state: wall-clock day and "HH:MM" in the location's zone, and the exact instant. */
export interface Change {
  day: Day;
  time: string;
  at: Date;
}
/** `change`: when open, the close (`null`: never closes); when closed, the next opening (`null`: none within 8 days). */
export interface Status {
  open: boolean;
  change: Change | null;
}

export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const DAY = 864e5;
const MINUTE = 6e4;
const formats: Record<string, Intl.DateTimeFormat> = {};

/** Wall-clock time in `zone` at `instant` (epoch milliseconds), as milliseconds read as if UTC. */
function wall(zone: string, instant: number): number {
  const format = (formats[zone] ||= new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));
  const field: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) field[type] = +value;
  return Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
}

/**
 * The first instant whose wall clock in `zone` reads `wallTime` (wall
 * milliseconds) or later: an ambiguous (fall-back) time gives its first
 * occurrence, a skipped (spring-forward) time the first valid instant after it.
 */
function instantOf(zone: string, wallTime: number): number {
  // The zone's offset a day before and a day after (one transition at most between them).
  const offsetBefore = wall(zone, wallTime - DAY) - (wallTime - DAY);
  const offsetAfter = wall(zone, wallTime + DAY) - (wallTime + DAY);
  // Two candidates, earlier first; the binary search keeps wall(earlier) < wallTime <= wall(later).
  let [earlier, later] = [wallTime - offsetBefore, wallTime - offsetAfter].sort((a, b) => a - b) as [number, number];
  if (wall(zone, earlier) == wallTime) return earlier;
  // In a gap (or past a jump): find the first minute at or after the wall time.
  while (later - earlier > MINUTE) {
    const middle = earlier + Math.floor((later - earlier) / MINUTE / 2) * MINUTE;
    if (wall(zone, middle) < wallTime) earlier = middle;
    else later = middle;
  }
  return later;
}

/** The instant of wall time year-month-day hour:minute in `zone` (month is 1-12; see `instantOf` for DST). */
export function zonedInstant(zone: string, year: number, month: number, day: number, hour: number, minute: number): Date {
  return new Date(instantOf(zone, Date.UTC(year, month - 1, day, hour, minute)));
}

/** Minutes since midnight of an "HH:MM" time. */
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
/** The weekday of a day number (days since 1970-01-01, a Thursday). */
export const dayOf = (dayNumber: number): Day => DAYS[(dayNumber + 3) % 7];

/** The calendar day (days since 1970-01-01) in `zone` at `instant` (epoch milliseconds): equal numbers, same date there. */
export function dayNumber(zone: string, instant: number): number {
  return Math.floor(wall(zone, instant) / DAY);
}

/** Whether the location is open at `now`, and its next change, looking at most 8 days ahead. */
export function openStatus(hours: Hours, timeZone: string, now: Date): Status {
  const nowMs = now.getTime();
  const today = dayNumber(timeZone, nowMs);
  /** Opening periods as [opens, closes] instants. */
  const periods: [number, number][] = [];
  for (let day = today - 1; day < today + 8; day++) {
    for (const [from, to] of hours[dayOf(day)] ?? []) {
      const opens = minutes(from);
      // A close at or before the open is the next day's.
      const closes = minutes(to) > opens ? minutes(to) : minutes(to) + 24 * 60;
      periods.push([instantOf(timeZone, day * DAY + opens * MINUTE), instantOf(timeZone, day * DAY + closes * MINUTE)]);
    }
  }
  // Merge overlapping and back-to-back periods into continuous openings.
  const openings: [number, number][] = [];
  for (const period of periods.sort((first, second) => first[0] - second[0])) {
    const last = openings.at(-1);
    if (last && period[0] <= last[1]) last[1] = Math.max(last[1], period[1]);
    else openings.push(period);
  }
  const index = openings.findIndex(([, closes]) => closes > nowMs);
  const next = openings[index];
  const open = !!next && next[0] <= nowMs;
  // Open through the last opening generated (a week and more): it never closes.
  if (!next || (open && index == openings.length - 1)) return { open, change: null };
  // Open: the change is its close; closed: the next opening.
  const [opensAt, closesAt] = next;
  const changeAt = open ? closesAt : opensAt;
  const changeWall = wall(timeZone, changeAt);
  return {
    open,
    change: { day: dayOf(Math.floor(changeWall / DAY)), time: new Date(changeWall).toISOString().slice(11, 16), at: new Date(changeAt) },
  };
}

/** Both languages as written in the US: en-US, and es-US (times read "7:00 p. m.", not "19:00" as in Spain). */
const locale = (lang: Language) => lang + '-US';

/** "19:00" -> "7 PM", "19:30" -> "7:30 PM" in English; "7:00 p. m." in Spanish. */
export function formatTime(time: string, lang: Language): string {
  const sinceMidnight = minutes(time);
  const text = new Intl.DateTimeFormat(locale(lang), {
    // A 12-hour clock asked for, so that an engine without es-US data still gives a day period.
    hourCycle: 'h12',
    hour: 'numeric',
    // English leaves out ":00" ("7 PM"); Spanish keeps it ("7:00 p. m.").
    minute: lang == 'en' && sinceMidnight % 60 == 0 ? undefined : '2-digit',
    timeZone: 'UTC',
  }).format(sinceMidnight * MINUTE);
  return lang == 'es' ? spanishTime(text) : text.replace(/\s/g, ' ');
}

/**
 * One spelling of a Spanish 12-hour time, whatever the engine's CLDR data:
 * "7:00 p.m.", "7:00 p. m." (no-break or narrow spaces) and "7:00 PM" all
 * become "7:00 p. m." (the RAE's spelling), its spaces no-break so that a
 * line never ends inside it.
 */
export function spanishTime(text: string): string {
  return text.toLowerCase().replace(/\s*([ap])\.?\s*m\.?$/, '\u00a0$1.\u00a0m.');
}

/** The weekday as the status line names it: short in English ("Mon"), in full in Spanish ("lunes"). */
export function formatDay(day: Day, lang: Language): string {
  // 1970-01-05 was a Monday.
  return new Intl.DateTimeFormat(locale(lang), { weekday: lang == 'es' ? 'long' : 'short', timeZone: 'UTC' }).format(
    (4 + DAYS.indexOf(day)) * DAY,
  );
}
