// The Embed builder (demo/builder.html): a form, a live preview of the real
// widgets, and the snippet to paste: the script tag with its Subresource
// Integrity hash, the elements, the JSON configuration and fallback content.
// It runs under the strict CSP with Trusted Types, so: no innerHTML anywhere
// (the preview gets attributes and properties, the snippet is text with every
// value escaped), no inline styles (shown and hidden with the `hidden` property).
import { contrast } from './contrast.js';
import { bookingUrlMessages, emergencyNumberMessage, isAbsoluteLink, locationMessages } from './validate.js';

const form = document.getElementById('builder-form');
const preview = document.getElementById('preview');
const snippetOut = document.getElementById('snippet');
const cssOut = document.getElementById('css');
const FILE = 'motionrx-widgets.iife.js';
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];
const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];
/** A weekday's opening hours in a new location: morning and afternoon, with a lunch break. */
const WEEKDAY = [
  ['08:00', '12:00'],
  ['13:00', '18:00'],
];
/** Opening hours of a new location: weekdays with a lunch break (Friday closing at 5), Saturday morning, Sunday closed. */
const DEFAULT_HOURS = {
  mon: WEEKDAY,
  tue: WEEKDAY,
  wed: WEEKDAY,
  thu: WEEKDAY,
  fri: [WEEKDAY[0], ['13:00', '17:00']],
  sat: [['08:00', '12:00']],
};

/** The sha384 hashes of this build's CDN files (dist/cdn/sri.json), once fetched. */
let sri = {};
/** Fields the user has typed in or left: only their errors are shown. */
const touched = new WeakSet();
let nextId = 0;

/** Text for an HTML attribute value or element content. */
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A location id from its city: a letter, then letters, digits and dashes, as the configuration requires. */
const slug = (text) => {
  const id = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return /^[a-z]/.test(id) ? id : `clinic${id ? `-${id}` : ''}`;
};
const value = (name, root = form) => root.querySelector(`[name="${name}"]`)?.value.trim() ?? '';

/** An element with properties and children: the only way this file makes DOM. */
function el(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** The package version, from the widgets' own element classes (the page loads this build's script). */
const version = () => customElements.get('mrx-faq-accordion')?.version;

/**
 * A labelled input with a hint and an error line under it, described by both.
 * `name` is what value() and the checks look it up by, inside its location.
 */
function field(label, name, initial, { type = 'text', hint = '', ...props } = {}) {
  const id = `field-${++nextId}`;
  const input = el('input', { id, name, value: initial, type, ...props });
  const box = el('div', { className: 'builder__field' }, el('label', { htmlFor: id, textContent: label }), input);
  const describedBy = [];
  if (hint) {
    box.append(el('p', { id: `${id}-hint`, className: 'builder__hint', textContent: hint }));
    describedBy.push(`${id}-hint`);
  }
  box.append(el('p', { id: `${id}-error`, className: 'builder__error' }));
  describedBy.push(`${id}-error`);
  input.setAttribute('aria-describedby', describedBy.join(' '));
  return box;
}

/**
 * One day's row: its name labels the choice of closed, open, or open with a
 * break (two ranges); then its times, each labelled for screen readers with
 * the day ("Monday opens"), shown as "08:00 – 12:00".
 */
function dayRow(key, name, ranges = []) {
  const id = `day-${++nextId}`;
  const mode = el('select', { id: `${id}-mode`, name: `${key}-mode` });
  mode.append(new Option('Closed', 'closed'), new Option('Open', 'open'), new Option('With a break', 'split'));
  mode.value = ranges.length > 1 ? 'split' : ranges.length ? 'open' : 'closed';
  const time = (label, part, initial) => {
    const input = el('input', { id: `${id}-${part}`, name: `${key}-${part}`, type: 'time', value: initial ?? '' });
    input.setAttribute('aria-describedby', `${id}-error`);
    return [el('label', { htmlFor: input.id, className: 'builder__sr', textContent: `${name} ${label}` }), input];
  };
  const range = (open, close, [from, to] = []) => {
    const dash = el('span', { textContent: '–' });
    dash.setAttribute('aria-hidden', 'true');
    return el('div', { className: 'builder__range' }, ...time(...open, from), dash, ...time(...close, to));
  };
  const first = range(['opens', 'open1'], ['closes', 'close1'], ranges[0]);
  const second = range(['reopens after the break', 'open2'], ['closes for the day', 'close2'], ranges[1]);
  const dayName = el('label', { id: `${id}-name`, htmlFor: mode.id, className: 'builder__day-name', textContent: name });
  const row = el(
    'div',
    { className: 'builder__day' },
    dayName,
    mode,
    el('div', { className: 'builder__ranges' }, first, second),
    el('p', { id: `${id}-error`, className: 'builder__error' }),
  );
  row.setAttribute('role', 'group');
  row.setAttribute('aria-labelledby', dayName.id);
  row.dataset.day = key;
  const show = () => {
    first.hidden = mode.value === 'closed';
    second.hidden = mode.value !== 'split';
    // A day opened for the first time gets usual hours rather than empty boxes.
    const fill = (part, initial) => (row.querySelector(`[name="${key}-${part}"]`).value ||= initial);
    if (mode.value !== 'closed') (fill('open1', '08:00'), fill('close1', '12:00'));
    if (mode.value === 'split') (fill('open2', '13:00'), fill('close2', '18:00'));
  };
  mode.addEventListener('change', show);
  show();
  return row;
}

/** A day's ranges as the configuration writes them: [["08:00", "12:00"], ...], empty when closed. */
function rangesOf(row) {
  const mode = row.querySelector('select').value;
  const get = (part) => row.querySelector(`[name$="-${part}"]`).value;
  if (mode === 'closed') return [];
  const ranges = [[get('open1'), get('close1')]];
  if (mode === 'split') ranges.push([get('open2'), get('close2')]);
  return ranges;
}

/** What is wrong with a day's times, as [input, message], or null. "HH:MM" strings compare as times. */
function dayProblem(row) {
  const mode = row.querySelector('select').value;
  if (mode === 'closed') return null;
  const input = (part) => row.querySelector(`[name$="-${part}"]`);
  const parts = mode === 'split' ? ['open1', 'close1', 'open2', 'close2'] : ['open1', 'close1'];
  const empty = parts.find((part) => !input(part).value);
  if (empty) return [input(empty), 'Fill in both times, or choose Closed.'];
  for (let i = 1; i < parts.length; i++)
    if (input(parts[i]).value <= input(parts[i - 1]).value)
      return [input(parts[i]), i === 2 ? 'It reopens after the break, so after it closes for the break.' : 'It closes after it opens.'];
  return null;
}

function addLocation(values = {}) {
  const hours = values.hours ?? DEFAULT_HOURS;
  const box = el('fieldset', { className: 'builder__location' }, el('legend'));
  const zone = el('select', { id: `field-${++nextId}`, name: 'timezone' });
  for (const name of ZONES) zone.append(new Option(name.replace(/^\w+\//, '').replace(/_/g, ' '), name));
  zone.value = values.timezone ?? ZONES[0];
  const days = el('fieldset', { className: 'builder__hours' }, el('legend', { textContent: 'Opening hours' }));
  for (const [key, name] of DAYS) days.append(dayRow(key, name, hours[key]));
  const copyMonday = el('button', { type: 'button', textContent: 'Copy Monday to Tuesday–Friday' });
  copyMonday.addEventListener('click', () => {
    const rows = [...days.querySelectorAll('.builder__day')];
    for (const row of rows.slice(1, 5)) {
      // Names are "mon-open1", "tue-open1"...: the same part on the other day.
      for (const from of rows[0].querySelectorAll('select, input'))
        row.querySelector(`[name="${from.name.replace(/^mon/, row.dataset.day)}"]`).value = from.value;
      row.querySelector('select').dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  days.append(copyMonday);
  const remove = el('button', { type: 'button', className: 'builder__remove', textContent: 'Remove this location' });
  remove.addEventListener('click', () => {
    box.remove();
    renumber();
    update();
    document.getElementById('add-location').focus();
  });
  box.append(
    el(
      'div',
      { className: 'builder__fields' },
      field('Name', 'name', values.name ?? 'MotionRx Tampa'),
      field('Street', 'street', values.street ?? '100 Example Ave'),
      field('City', 'city', values.city ?? 'Tampa'),
      field('State or region', 'region', values.region ?? 'FL'),
      field('Postal code', 'postalCode', values.postalCode ?? '33602'),
      field('Phone', 'phone', values.phone ?? '+1 813 555 0100', { type: 'tel' }),
      el('div', { className: 'builder__field' }, el('label', { htmlFor: zone.id, textContent: 'Time zone' }), zone),
      field('Booking link for this location', 'locationBookingUrl', values.bookingUrl ?? '', {
        inputMode: 'url',
        spellcheck: false,
        hint: 'Optional: the clinic-wide link otherwise.',
      }),
    ),
    days,
    remove,
  );
  document.getElementById('add-location').before(box);
  renumber();
}

function renumber() {
  const boxes = document.querySelectorAll('.builder__location');
  boxes.forEach((box, i) => {
    box.querySelector('legend').textContent = `Location ${i + 1}`;
    // With one location left, removing it would leave the widget nothing to show.
    box.querySelector('.builder__remove').hidden = boxes.length === 1;
  });
}

/** The location CTA's configuration from the form; blank optional fields are left out. */
function locationConfig() {
  const ids = new Set();
  const locations = [...document.querySelectorAll('.builder__location')].map((box) => {
    const name = value('name', box);
    const base = slug(value('city', box) || name);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const hours = {};
    for (const row of box.querySelectorAll('.builder__day')) {
      const ranges = rangesOf(row);
      if (ranges.length && !dayProblem(row)) hours[row.dataset.day] = ranges;
    }
    const address = { street: value('street', box), city: value('city', box) };
    for (const key of ['region', 'postalCode']) if (value(key, box)) address[key] = value(key, box);
    address.country = 'US';
    const location = { id, name, address };
    if (value('phone', box)) location.phone = value('phone', box);
    location.timezone = value('timezone', box);
    location.hours = hours;
    if (value('locationBookingUrl', box)) location.bookingUrl = value('locationBookingUrl', box);
    return location;
  });
  return { organization: { name: value('clinicName') || 'Your clinic' }, locations };
}

/**
 * Marks `input` valid or not (native constraint validation, aria-invalid) and
 * shows `hint` and the widgets' own `logs` in its error line once the field
 * has been touched.
 */
function setError(input, hint, logs = [], errorLine = document.getElementById(`${input.id}-error`)) {
  input.setCustomValidity(hint);
  const shown = !!hint && touched.has(input);
  if (shown) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (!errorLine) return;
  errorLine.replaceChildren();
  if (!shown) return;
  errorLine.append(hint);
  if (logs.length)
    errorLine.append(
      ' ',
      el('span', { className: 'builder__log' }, logs.length > 1 ? 'The widgets log: ' : 'The widget logs: '),
      ...logs.flatMap((log, i) => [i ? ' ' : '', el('code', { textContent: log })]),
    );
}

/** Every field's check; the form's own validity follows. */
function validate(widgets, config) {
  const booking = document.getElementById('bookingUrl');
  const bookingLogs = booking.value.trim() ? bookingUrlMessages(booking.value.trim(), widgets) : [];
  setError(booking, bookingLogs.length ? 'Use a web address that starts with https://.' : '', bookingLogs);

  const emergency = document.getElementById('emergencyNumber');
  const emergencyLog = widgets.has('quiz') && emergency.value.trim() ? emergencyNumberMessage(emergency.value.trim()) : '';
  setError(emergency, emergencyLog ? 'Use a phone number: digits, spaces, + - ( ) and dots.' : '', emergencyLog ? [emergencyLog] : []);

  const base = document.getElementById('base');
  const selfHosted = form.elements.source.value === 'self';
  const baseOk = !selfHosted || isAbsoluteLink(base.value.trim()) || /^\/(?!\/)/.test(base.value.trim());
  setError(base, baseOk ? '' : 'Use the web address of the folder, starting with https:// (or with / on your own site).');

  const messages = widgets.has('location') ? locationMessages(config.locations) : [];
  const HINTS = {
    name: 'Give the location a name.',
    'address.street': 'Fill in the street address.',
    'address.city': 'Fill in the city.',
    phone: 'Use a phone number: at least 3 digits, with spaces, + - ( ) and dots.',
    bookingUrl: 'Use a web address that starts with https://, or leave it blank.',
  };
  const FIELDS = { name: 'name', 'address.street': 'street', 'address.city': 'city', phone: 'phone', bookingUrl: 'locationBookingUrl' };
  document.querySelectorAll('.builder__location').forEach((box, i) => {
    for (const [path, name] of Object.entries(FIELDS)) {
      const log = messages[i]?.get(path);
      setError(box.querySelector(`[name="${name}"]`), log ? HINTS[path] : '', log ? [log] : []);
    }
    for (const row of box.querySelectorAll('.builder__day')) {
      const problem = dayProblem(row);
      const line = row.querySelector('.builder__error');
      for (const input of row.querySelectorAll('input')) setError(input, '', [], null);
      line.replaceChildren();
      if (problem && [...row.querySelectorAll('input')].some((input) => touched.has(input))) {
        setError(problem[0], problem[1], [], null);
        problem[0].setAttribute('aria-invalid', 'true');
        line.textContent = problem[1];
      } else if (problem) problem[0].setCustomValidity(problem[1]);
    }
  });
}

/** The script tag: this version on jsDelivr (the default), or the user's own copy of dist/cdn/. */
function scriptTag() {
  const base = value('base');
  const src =
    form.elements.source.value === 'self'
      ? base.replace(/\/?$/, '/') + FILE
      : `https://cdn.jsdelivr.net/npm/@motionrx/widgets@${version() ?? 'latest'}/dist/cdn/${FILE}`;
  const integrity = sri[FILE] ? ` integrity="${sri[FILE]}" crossorigin="anonymous"` : '';
  return `<script src="${escape(src)}"${integrity} defer></script>`;
}

/** Sets or removes an attribute of a preview element, so only real changes reach it. */
function attribute(element, name, text) {
  if (text == null || text === '') element.removeAttribute(name);
  else if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/** The preview's elements, kept between updates: a change sets attributes, the quiz keeps its place. */
const previewed = {};
const previewElement = (tag) => (previewed[tag] ??= document.createElement(tag));

function update() {
  const widgets = new Set([...form.querySelectorAll('input[name="widget"]:checked')].map((box) => box.value));
  const [clinic, booking, emergency, lang, primary, onPrimary] = [
    'clinicName',
    'bookingUrl',
    'emergencyNumber',
    'lang',
    'primary',
    'onPrimary',
  ].map((name) => value(name));
  document.getElementById('base-field').hidden = form.elements.source.value !== 'self';
  // Locations only matter to the location widget.
  document.getElementById('locations').hidden = !widgets.has('location');
  document.getElementById('cdn-version').textContent = version() ? ` (${version()})` : '';
  const config = locationConfig();
  validate(widgets, config);

  const lines = [scriptTag()];
  const elements = [];
  /** ` name="value"` for each attribute that has a value. */
  const attrs = (list) =>
    Object.entries(list)
      .filter(([, v]) => v)
      .map(([name, v]) => ` ${name}="${escape(v)}"`)
      .join('');

  if (widgets.has('quiz')) {
    const list = { 'clinic-name': clinic, 'booking-url': booking, 'emergency-number': emergency, lang };
    lines.push(
      `<mrx-stiffness-quiz${attrs(list)}>`,
      `  <p>This self-check needs JavaScript. If you have numbness around your bottom or genitals, new bladder or bowel trouble, or weakness in both legs, call ${escape(emergency || '911')} now.</p>`,
      '</mrx-stiffness-quiz>',
    );
    const quiz = previewElement('mrx-stiffness-quiz');
    for (const [name, v] of Object.entries(list)) attribute(quiz, name, v);
    elements.push(quiz);
  }
  if (widgets.has('location') && config.locations.length) {
    const first = config.locations[0];
    // JSON in a script element: "</" could end it early, so it is escaped.
    const json = JSON.stringify(config, null, 2).replace(/<\//g, '<\\/');
    const fallbackLink = first.bookingUrl ?? booking;
    lines.push(
      `<mrx-location-cta${attrs({ 'booking-url': booking, lang })}>`,
      '  <script type="application/json">',
      ...json.split('\n').map((line) => `  ${line}`),
      '  </script>',
      `  <p>${escape(first.name)}${first.phone ? `: <a href="tel:${escape(first.phone.replace(/(?!^\+)\D/g, ''))}">${escape(first.phone)}</a>` : ''}${fallbackLink ? ` · <a href="${escape(fallbackLink)}">Book a visit</a>` : ''}</p>`,
      '</mrx-location-cta>',
    );
    const cta = previewElement('mrx-location-cta');
    attribute(cta, 'booking-url', booking);
    attribute(cta, 'lang', lang);
    // Only a changed configuration is handed over: each one is read and checked again.
    if (JSON.stringify(cta.locations) !== JSON.stringify(config)) cta.locations = config;
    elements.push(cta);
  }
  if (widgets.has('faq')) {
    lines.push(`<mrx-faq-accordion heading-level="3"${attrs({ lang })}></mrx-faq-accordion>`);
    const faq = previewElement('mrx-faq-accordion');
    attribute(faq, 'heading-level', '3');
    attribute(faq, 'lang', lang);
    elements.push(faq);
  }
  snippetOut.value = lines.join('\n');
  cssOut.value = `:root {\n  --mrx-color-primary: ${primary};\n  --mrx-color-on-primary: ${onPrimary};\n  --mrx-focus-color: ${primary};\n}`;
  // CSSOM custom properties, not a style attribute: the CSP allows these.
  preview.style.setProperty('--mrx-color-primary', primary);
  preview.style.setProperty('--mrx-color-on-primary', onPrimary);
  preview.style.setProperty('--mrx-focus-color', primary);
  // Move only what changed, so a quiz in progress is not restarted on every keystroke.
  if (elements.length !== preview.children.length || elements.some((element, i) => preview.children[i] !== element))
    preview.replaceChildren(...elements);

  const problems = [];
  if (contrast(onPrimary, primary) < 4.5) problems.push(`text on primary is ${contrast(onPrimary, primary).toFixed(2)}:1`);
  if (contrast(primary, '#ffffff') < 4.5) problems.push(`primary on white is ${contrast(primary, '#ffffff').toFixed(2)}:1`);
  document.getElementById('contrast').textContent = problems.length ? `Below WCAG AA contrast (4.5:1): ${problems.join('; ')}.` : '';
}

/** One update per frame, however fast the typing. */
let pending = false;
function scheduleUpdate() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    update();
  });
}
form.addEventListener('input', (event) => {
  touched.add(event.target);
  scheduleUpdate();
});
form.addEventListener('change', scheduleUpdate);
// Leaving a field shows its error even if nothing was typed (a required field tabbed through).
form.addEventListener('focusout', (event) => {
  if (event.target.matches('input') && !touched.has(event.target)) {
    touched.add(event.target);
    scheduleUpdate();
  }
});

document.getElementById('add-location').addEventListener('click', () => {
  addLocation({
    name: 'MotionRx Clearwater',
    street: '200 Sample St',
    city: 'Clearwater',
    postalCode: '33755',
    phone: '+1 727 555 0123',
  });
  update();
});

// One copy button per output block, each with its own status line.
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById(`${button.dataset.copy}-status`);
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = 'Copied.';
    } catch {
      source.focus();
      source.select();
      status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
    }
  });
}

/** A whole HTML page with the snippet and the CSS, to try the snippet on its own. */
function testPage() {
  return `<!doctype html>
<html lang="${escape(value('lang'))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(value('clinicName') || 'MotionRx widgets')}: test page</title>
<style>
body { max-width: 48rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; }
${cssOut.value}
</style>
</head>
<body>
<main>
<h1>Widgets test page</h1>
${snippetOut.value}
</main>
</body>
</html>
`;
}

// A Blob URL and a download link: no inline script, nothing the CSP refuses.
document.getElementById('download').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([testPage()], { type: 'text/html' }));
  const link = el('a', { href: url, download: 'motionrx-test.html' });
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  document.getElementById('download-status').textContent = 'Downloaded motionrx-test.html: open it in your browser.';
});

addLocation();
update();
// The script tag needs the version and the hash: both arrive after the first render.
customElements.whenDefined('mrx-faq-accordion').then(update);
fetch('/dist/cdn/sri.json')
  .then((response) => response.json())
  .then((hashes) => {
    sri = hashes;
    update();
  })
  .catch(() => {});
