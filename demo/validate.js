// The checks the widgets make on the values the Embed builder writes, with the
// very messages they log (console.error) when a value is wrong, so the builder
// can say it next to the field instead of in the console of the clinic's site.
// The widgets' own helpers come from the build (dist/internal/, plain modules
// with no imports); the checks written inside the widgets and the location
// schema (Valibot, which the page cannot import by name) are a small copy.
// builder.test.ts keeps the copy honest: it types bad values into the builder
// and asserts each message shown equals what the previewed widget logs.
//   - src/stiffness-quiz/stiffness-quiz.ts (willUpdate, _phone)
//   - src/location-cta/location-cta.ts (willUpdate) and source.ts (readConfig)
//   - src/location-cta/config.ts (the location schema)
import { describeValue } from '/dist/internal/describe-value.js';
import { safeHttpUrl } from '/dist/internal/urls.js';

/** An absolute http(s) URL (config.ts isUrl): the JSON configuration has no page to resolve against. */
export function isAbsoluteLink(value) {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * What <mrx-stiffness-quiz> and <mrx-location-cta> log for a booking-url
 * attribute: one message per widget given, none when the link is fine.
 */
export function bookingUrlMessages(value, widgets) {
  if (safeHttpUrl(value)) return [];
  const messages = [];
  if (widgets.has('quiz'))
    messages.push(`mrx-stiffness-quiz: booking-url must be an http(s) link; booking is hidden, got ${JSON.stringify(value)}.`);
  if (widgets.has('location'))
    messages.push(`mrx-location-cta: booking-url must be an http(s) URL, got ${describeValue(value)}; it is ignored.`);
  return messages;
}

/** What <mrx-stiffness-quiz> logs for an emergency-number attribute, or ''. */
export function emergencyNumberMessage(value) {
  return /^\+?[\d\s().-]{2,20}$/.test(value)
    ? ''
    : `mrx-stiffness-quiz: emergency-number must be a phone number; using 911, got ${JSON.stringify(value)}.`;
}

/** The location schema's rules for the fields the builder asks for (config.ts). */
const LOCATION_RULES = {
  name: ['must be a non-empty string', (s) => !!s],
  'address.street': ['must be a non-empty string', (s) => !!s],
  'address.city': ['must be a non-empty string', (s) => !!s],
  // Optional: left out when blank.
  phone: ['must be a phone number (3+ digits; digits, spaces, + - ( ) .)', (s) => !s || /^[ +().-]*(\d[ +().-]*){3,}$/.test(s)],
  bookingUrl: ['must be an http(s) URL', (s) => !s || isAbsoluteLink(s)],
};

/**
 * What <mrx-location-cta> logs for the locations of the snippet's JSON child:
 * for each location, a map from field path ("phone", "address.city"...) to
 * its message. A location with a problem is skipped; with none left, the
 * widget shows the fallback content instead (source.ts readConfig).
 */
export function locationMessages(locations) {
  const found = locations.map((location, i) =>
    Object.entries(LOCATION_RULES).flatMap(([path, [rule, test]]) => {
      const value = path.split('.').reduce((object, key) => object?.[key], location) ?? '';
      return test(value) ? [] : [[path, `locations[${i}].${path} ${rule}, got ${describeValue(value)}`]];
    }),
  );
  const outcome = found.some((problems) => !problems.length) ? 'skipping that location' : 'showing the fallback content';
  return found.map(
    (problems) => new Map(problems.map(([path, error]) => [path, `mrx-location-cta: ${error} (in the JSON child); ${outcome}.`])),
  );
}
