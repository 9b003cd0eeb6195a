// Validation of the <mrx-location-cta> configuration (public-api.md), with
// valibot. Pure: no DOM, never throws, never treats a string as HTML. A
// location that breaks a rule is skipped with its errors; the others are kept.
// Size matters (it ships in the widget): few valibot schemas, leaves are
// `custom` checks, and trimming is one walk over the (fresh) output.
import { array, custom, nullish, object, record, safeParse, type BaseIssue } from 'valibot';
import { describeValue } from '../internal/describe-value.js';
import type { Day, Hours } from './hours.js';

export interface Address {
  street: string;
  city: string;
  region?: string;
  postalCode?: string;
  country?: string;
}
export interface ClinicLocation {
  id: string;
  name: string;
  address: Address;
  phone?: string;
  timezone: string;
  hours: Hours;
  bookingUrl?: string;
  geo?: { lat: number; lng: number };
}
export interface LocationConfig {
  organization?: { name: string; url?: string };
  locations: ClinicLocation[];
}

// Its own list of days (not hours.ts's): this module loads lazily and must not
// pull the opening-hours code into a shared chunk.
const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Whether `zone` is a time zone this browser's Intl knows. Never throws. */
export function isTimeZone(zone: string): boolean {
  try {
    return !!zone && !!new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
}

/** "00:00".."23:59", or "24:00". */
export function isTime(value: string): boolean {
  return /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(value);
}

const OBJECT = 'must be an object';
const URL_ = 'must be an http(s) URL';

/** A string that, trimmed, passes `test` (by default: is not empty). */
const text = (message = 'must be a non-empty string', test = (s: string) => !!s) =>
  custom<string>((v) => typeof v == 'string' && test(v.trim()), message);
/** An optional string: missing, null or blank is absent (dropped by `tidy`). */
const maybe = (message = 'must be a string', test?: (s: string) => boolean) =>
  nullish(custom<string>((v) => typeof v == 'string' && (!v.trim() || !test || test(v.trim())), message));
const isUrl = (s: string) => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};
const coordinate = (max: number) =>
  custom<number>((n) => typeof n == 'number' && n >= -max && n <= max, `must be a number from -${max} to ${max}`);

const organization = object({ name: text(), url: maybe(URL_, isUrl) }, OBJECT);
const locationSchema = object(
  {
    id: text('must be a letter then letters, digits, _ or -', (s) => /^[A-Za-z][\w-]*$/.test(s)),
    name: text(),
    address: object({ street: text(), city: text(), region: maybe(), postalCode: maybe(), country: maybe() }, OBJECT),
    phone: maybe('must be a phone number (3+ digits; digits, spaces, + - ( ) .)', (s) => /^[ +().-]*(\d[ +().-]*){3,}$/.test(s)),
    timezone: text('must be an IANA time zone', isTimeZone),
    hours: record(
      custom<Day>((day) => DAYS.includes(day as Day), 'keys must be ' + DAYS.join(', ')),
      array(
        custom<[string, string]>(
          (range) =>
            Array.isArray(range) &&
            range.length == 2 &&
            range.every((time, i) => typeof time == 'string' && isTime(time.trim()) && (i || time.trim() != '24:00')),
          'must be two "HH:MM" times (an opening before 24:00)',
        ),
        'must be a list of ranges',
      ),
      OBJECT,
    ),
    bookingUrl: maybe(URL_, isUrl),
    geo: nullish(object({ lat: coordinate(90), lng: coordinate(180) }, OBJECT)),
  },
  OBJECT,
);

const fail = (path: string, message: string, input: unknown) =>
  input === undefined ? path + ' is required' : `${path} ${message}, got ${describeValue(input)}`;

/** A trimmed copy without absent values (null, blank strings); the input is never changed. */
const tidy = (value: unknown): unknown =>
  typeof value == 'string'
    ? value.trim()
    : Array.isArray(value)
      ? value.map(tidy)
      : value && typeof value == 'object'
        ? Object.fromEntries(Object.entries(value).flatMap(([key, v]) => ((v = tidy(v)) == null || v === '' ? [] : [[key, v]])))
        : value;

/**
 * The configuration of <mrx-location-cta> with its valid locations only, and
 * one message per problem naming the path and the value. `config` is null
 * when nothing usable remains. Never throws.
 */
export function parseConfig(value: unknown): { config: LocationConfig | null; errors: string[] } {
  const errors: string[] = [];
  const report = (prefix: string, issues: BaseIssue<unknown>[]) => {
    for (const { path = [], message, input } of issues) {
      let at = prefix;
      // A bad hours key is reported on `hours` (its value is the key); a missing key on its own path.
      for (const { origin, key } of path)
        if (origin == 'value' || input === undefined) at += typeof key == 'number' ? `[${key}]` : `.${String(key)}`;
      errors.push(fail(at, message, input));
    }
  };
  const locations: ClinicLocation[] = [];
  const config: LocationConfig = { locations };
  try {
    if (!value || typeof value != 'object' || Array.isArray(value))
      errors.push(fail('config', 'must be an object with "locations"', value));
    else {
      const { organization: org, locations: list } = value as Record<string, unknown>;
      if (org != null) {
        const result = safeParse(organization, org);
        if (result.success) config.organization = tidy(result.output) as LocationConfig['organization'];
        else report('organization', result.issues);
      }
      if (!Array.isArray(list)) errors.push(fail('locations', 'must be a list', list));
      else {
        const ids = new Set<string>();
        list.forEach((item, i) => {
          const result = safeParse(locationSchema, item);
          if (!result.success) return report(`locations[${i}]`, result.issues);
          const output = tidy(result.output) as ClinicLocation;
          if (ids.has(output.id)) return errors.push(fail(`locations[${i}].id`, 'must be unique', output.id));
          ids.add(output.id);
          locations.push(output);
        });
        if (!locations.length) errors.push(list.length ? 'locations has no valid location' : 'locations is empty');
      }
    }
  } catch {
    // A throwing getter or proxy: not JSON, not usable.
    errors.push('config could not be read');
    locations.length = 0;
  }
  return { config: locations.length ? config : null, errors };
}
