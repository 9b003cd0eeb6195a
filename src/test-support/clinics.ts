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
