import type { Language } from '../internal/localize.js';
import { dayNumber, dayOf, formatDay, formatTime, type Status } from './hours.js';

/**
 * Everything the location CTA says, in one language. Plain text only: never
 * HTML. Status lines are whole sentences, so each language words them its own
 * way. `day` is a weekday as `formatDay` gives it ("Mon", "lunes"), or empty
 * when the change is today; `time` is a time as `formatTime` gives it
 * ("7 PM", "7:00 p. m."), or `midnight` for a close at midnight.
 */
export interface CtaStrings {
  /** Default headline from the location's city. */
  headline(city: string): string;
  /** Open, and when it closes: "Open now, closes 7 PM". */
  closes(day: string, time: string): string;
  /** Closed, and when it opens: "Closed, opens Mon 7 AM". */
  opens(day: string, time: string): string;
  /** Closed, with no opening in the week ahead. */
  closed: string;
  /** Open, and never closes. */
  allDay: string;
  /** A close at midnight, said as a word, never as "12 AM". */
  midnight: string;
  call: string;
  directions: string;
  book: string;
  choose: string;
  nearest: string;
  locating: string;
  found(name: string): string;
  denied: string;
  unavailable: string;
  unsupported: string;
}

const CHOOSE_FROM_LIST = ' Choose a clinic from the list.';
const ELIJA_DE_LA_LISTA = ' Elija una clínica de la lista.';
const MEDIANOCHE = 'medianoche';
/** "Mon 7 PM", or "7 PM" today. */
const when = (day: string, time: string) => (day && day + ' ') + time;
/** "el lunes a las 7:00 p. m.", but "a la 1:00 p. m." and "a la medianoche" (Spanish says "la una"). */
const cuando = (day: string, time: string) => `${day && `el ${day} `}a la${/^1\D/.test(time) || time == MEDIANOCHE ? '' : 's'} ${time}`;

export const STRINGS: Record<Language, CtaStrings> = {
  en: {
    headline: (city) => `Back pain physical therapy in ${city}`,
    closes: (day, time) => 'Open now, closes ' + when(day, time),
    opens: (day, time) => 'Closed, opens ' + when(day, time),
    closed: 'Closed',
    allDay: 'Open 24 hours',
    midnight: 'midnight',
    call: 'Call',
    directions: 'Directions',
    book: 'Book a visit',
    choose: 'Choose a clinic',
    nearest: 'Find the nearest clinic',
    locating: 'Finding your location…',
    found: (name) => `Nearest clinic: ${name}.`,
    denied: 'Location access was not allowed.' + CHOOSE_FROM_LIST,
    unavailable: 'Your location could not be found.' + CHOOSE_FROM_LIST,
    unsupported: 'This browser cannot share your location.' + CHOOSE_FROM_LIST,
  },
  es: {
    // "Fisioterapia" is the clinical word; many US readers know the service as "terapia física".
    headline: (city) => `Fisioterapia (terapia física) para el dolor de espalda en ${city}`,
    closes: (day, time) => 'Abierto ahora, cierra ' + cuando(day, time),
    opens: (day, time) => 'Cerrado, abre ' + cuando(day, time),
    closed: 'Cerrado',
    allDay: 'Abierto las 24 horas',
    midnight: MEDIANOCHE,
    call: 'Llamar',
    directions: 'Cómo llegar',
    book: 'Programar una cita',
    choose: 'Elija una clínica',
    nearest: 'Buscar la clínica más cercana',
    locating: 'Buscando su ubicación…',
    found: (name) => `Clínica más cercana: ${name}.`,
    denied: 'No se permitió el acceso a su ubicación.' + ELIJA_DE_LA_LISTA,
    unavailable: 'No se pudo encontrar su ubicación.' + ELIJA_DE_LA_LISTA,
    unsupported: 'Este navegador no puede compartir su ubicación.' + ELIJA_DE_LA_LISTA,
  },
};

/**
 * The status line for `status` (from `openStatus`) at instant `now`:
 * "Open now, closes 7 PM", "Closed, opens Mon 7 AM", "Abierto ahora, cierra a
 * la medianoche". The weekday is left out when the change falls on today's
 * date in the location's zone; a close at midnight belongs to the day it ends.
 */
export function statusLine({ open, change }: Status, timeZone: string, now: number, lang: Language): string {
  const copy = STRINGS[lang];
  if (!change) return open ? copy.allDay : copy.closed;
  const closesAtMidnight = open && change.time == '00:00';
  // The date a change belongs to: a close at midnight ends the day before
  // ("closes Tue midnight" is Tuesday night), so look a millisecond earlier.
  const date = dayNumber(timeZone, change.at.getTime() - (closesAtMidnight ? 1 : 0));
  const day = date == dayNumber(timeZone, now) ? '' : formatDay(dayOf(date), lang);
  const time = closesAtMidnight ? copy.midnight : formatTime(change.time, lang);
  return open ? copy.closes(day, time) : copy.opens(day, time);
}
