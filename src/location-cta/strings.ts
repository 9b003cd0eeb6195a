import type { Language } from '../internal/localize.js';

/**
 * Everything the location CTA says, in one language. Plain text only: never
 * HTML. `day` is a short weekday ("Mon"), or empty when the change is today;
 * `time` is a formatted time ("7 PM", "19:00").
 */
export interface CtaStrings {
  /** Default headline from the location's city. */
  headline(city: string): string;
  open: string;
  closed: string;
  closes(day: string, time: string): string;
  opens(day: string, time: string): string;
  /** After `open` when the location never closes. */
  allDay: string;
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

const LIST = ' Choose a clinic from the list.';
const LISTA = ' Elija una clínica de la lista.';
/** "Mon 7 PM", or "7 PM" today. */
const when = (day: string, time: string) => (day && day + ' ') + time;
/** "el lun a las 7:00", but "a la 1:00" (Spanish says "la una"). */
const cuando = (day: string, time: string) => `${day && `el ${day} `}a la${/^1\D/.test(time) ? '' : 's'} ${time}`;

export const STRINGS: Record<Language, CtaStrings> = {
  en: {
    headline: (city) => `Back pain physical therapy in ${city}`,
    open: 'Open now',
    closed: 'Closed',
    closes: (day, time) => 'closes ' + when(day, time),
    opens: (day, time) => 'opens ' + when(day, time),
    allDay: '24 hours',
    call: 'Call',
    directions: 'Directions',
    book: 'Book a visit',
    choose: 'Choose a clinic',
    nearest: 'Find the nearest clinic',
    locating: 'Finding your location…',
    found: (name) => `Nearest clinic: ${name}.`,
    denied: 'Location access was not allowed.' + LIST,
    unavailable: 'Your location could not be found.' + LIST,
    unsupported: 'This browser cannot share your location.' + LIST,
  },
  es: {
    headline: (city) => `Fisioterapia para el dolor de espalda en ${city}`,
    open: 'Abierto ahora',
    closed: 'Cerrado',
    closes: (day, time) => 'cierra ' + cuando(day, time),
    opens: (day, time) => 'abre ' + cuando(day, time),
    allDay: 'las 24 horas',
    call: 'Llamar',
    directions: 'Cómo llegar',
    book: 'Pedir cita',
    choose: 'Elija una clínica',
    nearest: 'Buscar la clínica más cercana',
    locating: 'Buscando su ubicación…',
    found: (name) => `Clínica más cercana: ${name}.`,
    denied: 'No se permitió el acceso a la ubicación.' + LISTA,
    unavailable: 'No se pudo encontrar su ubicación.' + LISTA,
    unsupported: 'Este navegador no puede compartir su ubicación.' + LISTA,
  },
};
