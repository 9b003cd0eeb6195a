// Validation of the <mrx-location-cta> configuration (public-api.md). Pure: no
// DOM, never throws, never treats a string as HTML. A location that breaks a
// rule is skipped with its errors; the others are kept.
import { array, check, custom, nullish, object, picklist, pipe, record, safeParse, string, transform, trim, type BaseIssue } from 'valibot';
import { DAYS, isTime, isTimeZone, type Hours } from './hours.js';

export interface Address {
  street: string;
  city: string;
  region?: string;
  postalCode?: string;
  country?: string;
}
export interface Location {
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
  locations: Location[];
}

const OBJECT = 'must be an object';
const TEXT = 'must be a non-empty string';
const ID = 'must start with a letter and hold only letters, digits, "_" and "-"';
const ZONE = 'must be an IANA time zone';
const URL_ = 'must be an http(s) URL';

/** A required string, trimmed, not empty. */
const text = pipe(string(TEXT), trim(), check((s) => !!s, TEXT));
/** An optional string, trimmed: missing, null or empty means absent (removed by `clean`). */
const optional = (test: (s: string) => boolean = () => true, message?: string) =>
  nullish(
    pipe(
      string('must be a string'),
      trim(),
      transform((s) => s || undefined),
      check((s) => !s || test(s), message),
    ),
  );
const isUrl = (s: string) => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};
const coordinate = (max: number) => custom<number>((n) => typeof n == 'number' && n >= -max && n <= max, `must be a number from -${max} to ${max}`);
const isRange = (range: unknown) => Array.isArray(range) && range.length == 2 && range.every((time) => typeof time == 'string' && isTime(time.trim()));

const organization = object({ name: text, url: optional(isUrl, URL_) }, OBJECT);
const location = object(
  {
    id: pipe(string(ID), trim(), check((s) => /^[A-Za-z][\w-]*$/.test(s), ID)),
    name: text,
    address: object({ street: text, city: text, region: optional(), postalCode: optional(), country: optional() }, OBJECT),
    phone: optional((s) => /^[ +().-]*(\d[ +().-]*){3,}$/.test(s), 'must be a phone number: at least 3 digits, and only digits, spaces and + - ( ) .'),
    timezone: pipe(string(ZONE), trim(), check(isTimeZone, ZONE)),
    hours: record(
      picklist(DAYS, 'keys must be ' + DAYS.join(', ')),
      array(
        pipe(
          custom<[string, string]>(isRange, 'must be two "HH:MM" times'),
          transform((range) => range.map((time) => time.trim())),
        ),
        'must be a list of ranges',
      ),
      OBJECT,
    ),
    bookingUrl: optional(isUrl, URL_),
    geo: nullish(object({ lat: coordinate(90), lng: coordinate(180) }, OBJECT)),
  },
  OBJECT,
);

/** A value for a message: JSON, cut to about 80 characters. */
function show(value: unknown): string {
  let s: string | undefined;
  try {
    s = typeof value == 'number' ? '' + value : JSON.stringify(typeof value == 'string' ? value.slice(0, 80) : value);
  } catch {
    // BigInt, a throwing toJSON: the type will do.
  }
  s ??= typeof value;
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

const fail = (path: string, message: string | undefined, input: unknown) => (input === undefined ? path + ' is required' : `${path} ${message}, got ${show(input)}`);

/** Drops the keys of absent optional values. */
function clean<T extends object>(value: T): T {
  for (const key in value) if (value[key] == null) delete value[key];
  return value;
}

/**
 * The configuration of <mrx-location-cta>, with its valid locations only, and
 * one message per problem, naming the path and the value. `config` is null
 * when nothing usable remains. Never throws.
 */
export function parseConfig(value: unknown): { config: LocationConfig | null; errors: string[] } {
  const errors: string[] = [];
  const report = (prefix: string, issues: BaseIssue<unknown>[]) => {
    for (const { path = [], message, input } of issues) {
      let at = prefix;
      // A bad hours key is reported on `hours` (its value is the key); a missing key on its own path.
      for (const { origin, key } of path) if (origin == 'value' || input === undefined) at += typeof key == 'number' ? `[${key}]` : '.' + key;
      errors.push(fail(at, message, input));
    }
  };
  const locations: Location[] = [];
  const config: LocationConfig = { locations };
  try {
    if (!value || typeof value != 'object' || Array.isArray(value)) errors.push(fail('config', 'must be an object with "locations"', value));
    else {
      const { organization: org, locations: list } = value as Record<string, unknown>;
      if (org != null) {
        const result = safeParse(organization, org);
        if (result.success) config.organization = clean(result.output) as LocationConfig['organization'];
        else report('organization', result.issues);
      }
      if (!Array.isArray(list)) errors.push(fail('locations', 'must be a list', list));
      else {
        const ids = new Set<string>();
        list.forEach((item, i) => {
          const result = safeParse(location, item);
          if (!result.success) return report(`locations[${i}]`, result.issues);
          const output = result.output as Location;
          if (ids.has(output.id)) return errors.push(fail(`locations[${i}].id`, 'must be unique', output.id));
          ids.add(output.id);
          clean(output.address);
          locations.push(clean(output));
        });
        if (!locations.length) errors.push(list.length ? 'locations has no valid location' : 'locations is empty');
      }
    }
  } catch {
    // A getter or proxy that throws: not JSON, not usable.
    errors.push('config could not be read');
    locations.length = 0;
  }
  return { config: locations.length ? config : null, errors };
}
