import type { ClinicLocation, LocationConfig } from '../location-cta/config.js';
import type { Hours } from '../location-cta/hours.js';

/** Fictional example hours from the public API spec: weekdays 7 AM-7 PM, Saturday morning, Sunday closed. */
export const EXAMPLE_HOURS: Hours = {
  mon: [['07:00', '19:00']],
  tue: [['07:00', '19:00']],
  wed: [['07:00', '19:00']],
  thu: [['07:00', '19:00']],
  fri: [['07:00', '19:00']],
  sat: [['08:00', '12:00']],
};

export const TAMPA: ClinicLocation = {
  id: 'tampa',
  name: 'MotionRx Tampa',
  address: { street: '100 Example Ave', city: 'Tampa', region: 'FL', postalCode: '33602', country: 'US' },
  phone: '+1 813 555 0100',
  timezone: 'America/New_York',
  hours: EXAMPLE_HOURS,
  bookingUrl: 'https://example.com/book/tampa',
  geo: { lat: 27.95, lng: -82.46 },
};
export const CLEARWATER: ClinicLocation = {
  id: 'clearwater',
  name: 'MotionRx Clearwater',
  address: { street: '200 Sample St', city: 'Clearwater', region: 'FL', postalCode: '33755', country: 'US' },
  phone: '(727) 555-0123',
  timezone: 'America/New_York',
  hours: {
    mon: [
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ],
    wed: [
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ],
    sun: [],
  },
  bookingUrl: 'http://example.com/book?clinic=clearwater',
  geo: { lat: 27.97, lng: -82.8 },
};
/** The spec's example with two fictional locations. */
export const EXAMPLE: LocationConfig = {
  organization: { name: 'MotionRx Physical Therapy', url: 'https://example.com/' },
  locations: [TAMPA, CLEARWATER],
};
