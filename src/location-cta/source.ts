import { describeValue } from '../internal/describe-value.js';
import { reportError } from '../internal/errors.js';
import { parseJsonText } from '../internal/json-parse.js';
import { safeHttpUrl } from '../internal/urls.js';
import { parseConfig, type ClinicLocation, type LocationConfig } from './config.js';

/** How long a `src` fetch may take before the fallback content is kept. */
export const FETCH_TIMEOUT = 10000;

interface Host extends HTMLElement {
  locations: LocationConfig | ClinicLocation[] | null;
  src: string | null;
}

/** One fetch per element and `src` value: a new `src` fetches again, the same one never. */
const fetches = new WeakMap<Element, [string, Promise<unknown>]>();

/**
 * The configuration from the first source that has one (the `locations`
 * property, the JSON child's text `json`, the `src` file), validated: invalid
 * locations are dropped, and every problem is one console.error naming its
 * path and value, unless a newer read has started (`current` is false by
 * then). Null (show the fallback) when no valid location remains.
 * Loaded on demand, with the schema library.
 */
export async function readConfig(host: Host, tag: string, json: string | null, current: () => boolean): Promise<LocationConfig | null> {
  let value: unknown = host.locations;
  let from = 'the locations property';
  if (value == null) {
    if (json != null) {
      value = parseJsonText(json, tag);
      from = 'the JSON child';
    } else if (host.src != null) {
      const src = host.src;
      let entry = fetches.get(host);
      if (entry?.[0] !== src) fetches.set(host, (entry = [src, load(src, tag)]));
      value = await entry[1];
      from = 'src ' + describeValue(src);
    } else {
      reportError(
        tag,
        'has no configuration: set the locations property, or add a <script type="application/json"> child or a src attribute.',
      );
      return null;
    }
    // Already reported (bad JSON, failed fetch).
    if (value === undefined) return null;
  }
  const { config, errors } = parseConfig(Array.isArray(value) ? { locations: value } : value);
  // With locations left, a location error skips that location (an organization error only drops the organization).
  const outcome = (error: string) =>
    !config ? '; showing the fallback content' : error.startsWith('locations[') ? '; skipping that location' : '; leaving it out';
  if (current()) for (const error of errors) reportError(tag, `${error} (in ${from})${outcome(error)}.`);
  return config;
}

/** Why the JSON at `src` is not usable, said in the error message as it is. */
class Unusable extends Error {}

/** A failed load in a few words: our own reason, a time-out, or the browser's error. */
const why = (error: unknown) =>
  error instanceof Unusable
    ? error.message
    : (error as Error).name == 'TimeoutError'
      ? `no answer in ${FETCH_TIMEOUT / 1000} s`
      : String(error);

/** The JSON at `src`, without cookies; undefined (after one console.error) on any failure. */
async function load(src: string, tag: string): Promise<unknown> {
  const url = safeHttpUrl(src);
  try {
    if (!url) throw new Unusable('it must be an http(s) URL');
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT) });
    if (!response.ok) throw new Unusable(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    reportError(tag, `could not load src ${describeValue(src)} (${why(error)}); showing the fallback content.`);
  }
}
