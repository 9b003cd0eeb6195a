import type { Language } from '../internal/localize.js';
// Opening hours of a clinic location, computed in the location's own IANA time
// zone (never the browser's). Pure: no DOM, no imports; only Intl and Date.

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

/** Wall-clock time in `zone` at instant `t`, as milliseconds read as if UTC. */
function wall(zone: string, t: number): number {
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
  const p: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/**
 * The first instant whose wall clock in `zone` reads `w` (wall milliseconds)
 * or later: an ambiguous (fall-back) time gives its first occurrence, a
 * skipped (spring-forward) time the first valid instant after it.
 */
function instant(zone: string, w: number): number {
  // Candidates from the offsets a day either side (one transition at most).
  let [lo, hi] = [w - wall(zone, w - DAY) + w - DAY, w - wall(zone, w + DAY) + w + DAY].sort((a, b) => a - b) as [number, number];
  if (wall(zone, lo) == w) return lo;
  // In a gap (or past a jump): wall(lo) < w <= wall(hi); find the first minute.
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    wall(zone, mid) < w ? (lo = mid) : (hi = mid);
  }
  return hi;
}

/** The instant of wall time y-m-d hh:mm in `zone` (m is 1-12; see `instant` for DST). */
export function zonedInstant(zone: string, y: number, m: number, d: number, hh: number, mm: number): Date {
  return new Date(instant(zone, Date.UTC(y, m - 1, d, hh, mm)));
}

const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3);
/** The weekday of the day number `n` (days since 1970-01-01, a Thursday). */
export const dayOf = (n: number): Day => DAYS[(n + 3) % 7];

/** The calendar day (days since 1970-01-01) in `zone` at instant `t`: equal numbers, same date there. */
export function dayNumber(zone: string, t: number): number {
  return Math.floor(wall(zone, t) / DAY);
}

/** Whether the location is open at `now`, and its next change, looking at most 8 days ahead. */
export function openStatus(hours: Hours, timeZone: string, now: Date): Status {
  const n = +now;
  const today = dayNumber(timeZone, n);
  const ranges: number[][] = [];
  for (let day = today - 1; day < today + 8; day++) {
    for (const [from, to] of hours[dayOf(day)] ?? []) {
      const a = minutes(from);
      const b = minutes(to);
      ranges.push([instant(timeZone, day * DAY + a * MINUTE), instant(timeZone, day * DAY + (b > a ? b : b + 1440) * MINUTE)]);
    }
  }
  // Merge overlapping and back-to-back ranges into continuous openings.
  const merged: number[][] = [];
  for (const range of ranges.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  const i = merged.findIndex((range) => range[1] > n);
  const next = merged[i];
  const open = !!next && next[0] <= n;
  // Open through the last opening generated (a week and more): it never closes.
  if (!next || (open && i == merged.length - 1)) return { open, change: null };
  const at = next[+open];
  const w = wall(timeZone, at);
  return { open, change: { day: dayOf(Math.floor(w / DAY)), time: new Date(w).toISOString().slice(11, 16), at: new Date(at) } };
}

/** Both languages as written in the US: en-US, and es-US (times read "7:00 p. m.", not "19:00" as in Spain). */
const locale = (lang: Language) => lang + '-US';

/** "19:00" -> "7 PM", "19:30" -> "7:30 PM" in English; "7:00 p. m." in Spanish. */
export function formatTime(time: string, lang: Language): string {
  const m = minutes(time);
  const text = new Intl.DateTimeFormat(locale(lang), {
    // A 12-hour clock asked for, so that an engine without es-US data still gives a day period.
    hourCycle: 'h12',
    hour: 'numeric',
    // English leaves out ":00" ("7 PM"); Spanish keeps it ("7:00 p. m.").
    minute: lang == 'en' && !(m % 60) ? undefined : '2-digit',
    timeZone: 'UTC',
  }).format(m * MINUTE);
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
