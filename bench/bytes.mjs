// Bytes: gzip and brotli of our CDN files (each entry with the chunks it
// imports statically, as scripts/size.mjs counts them, each compressed on its
// own as a browser fetches them) against the same features from peers, bundled
// the same way (bench/peers.mjs). Also our FAQ and quiz bundled by esbuild from
// the npm modules like the peers, for a like-for-like row.
import { readFileSync } from 'node:fs';
import { CDN, brotliSize, closure, gzipSize, readMeta } from '../scripts/cdn-meta.mjs';
import { BUDGETS, checkBudgets } from '../scripts/size.mjs';
import { PEERS, bundle, peerFiles } from './peers.mjs';

const sizes = (parts) => ({
  gzip: parts.reduce((sum, part) => sum + gzipSize(part), 0),
  brotli: parts.reduce((sum, part) => sum + brotliSize(part), 0),
});
const KB = (bytes) => (bytes / 1024).toFixed(2);

export async function measureBytes() {
  const meta = readMeta();
  const ours = (entry) => sizes([...closure(meta, entry)].map((name) => readFileSync(new URL(name, CDN))));
  const rows = [
    { id: 'faq', name: 'ours: faq-accordion.js (+ runtime)', feature: 'accordion', ours: true, ...ours('faq-accordion.js') },
    { id: 'quiz', name: 'ours: stiffness-quiz.js (+ runtime, actions)', feature: 'quiz', ours: true, ...ours('stiffness-quiz.js') },
    { id: 'location', name: 'ours: location-cta.js (+ runtime, actions)', feature: 'location', ours: true, ...ours('location-cta.js') },
    { id: 'all', name: 'ours: motionrx-widgets.js (all three)', feature: 'all', ours: true, ...ours('motionrx-widgets.js') },
    { id: 'iife', name: 'ours: motionrx-widgets.iife.js (all three)', feature: 'all', ours: true, ...ours('motionrx-widgets.iife.js') },
    {
      id: 'faq-esbuild',
      name: 'ours: FAQ npm module bundled by esbuild like the peers',
      feature: 'accordion',
      ours: true,
      ...sizes([await bundle({ entry: 'dist/faq-accordion/faq-accordion.js' })]),
    },
  ];
  for (const peer of PEERS) {
    const { script, css } = await peerFiles(peer);
    rows.push({ id: peer.id, name: peer.name, feature: peer.feature, ...sizes([script, ...css]) });
  }
  const row = (id) => rows.find((r) => r.id === id);
  const smallest = (feature) => rows.filter((r) => r.feature === feature && !r.ours).sort((a, b) => a.gzip - b.gzip)[0];
  const versus = (ours, peer) => ({
    pass: ours.gzip < peer.gzip,
    detail: `${KB(ours.gzip)} KB vs ${peer.name} ${KB(peer.gzip)} KB (${ours.gzip < peer.gzip ? `${KB(peer.gzip - ours.gzip)} KB lighter` : `${KB(ours.gzip - peer.gzip)} KB heavier`})`,
  });
  const targets = [
    { target: 'bytes: our FAQ CDN file lighter than every accordion peer (gzip)', ...versus(row('faq'), smallest('accordion')) },
    {
      target: 'bytes: our FAQ bundled by esbuild lighter than every accordion peer (gzip)',
      ...versus(row('faq-esbuild'), smallest('accordion')),
    },
    { target: 'bytes: our quiz lighter than the Typeform loader alone (gzip)', ...versus(row('quiz'), smallest('quiz')) },
    ...budgetTargets(meta),
  ];
  return { rows, targets };
}

/** Each CDN entry against its budget in scripts/size.mjs (`npm run size`, counted as it counts them: with the lazy chunks every use loads). */
function budgetTargets(meta) {
  const { rows } = checkBudgets(meta, BUDGETS, (file) => gzipSize(readFileSync(new URL(file, CDN))));
  return rows.map(({ file, bytes, budget, problem }) => {
    const left = (budget ?? 0) * 1024 - bytes;
    return {
      target: `bytes: ${file} within its budget${budget === undefined ? '' : ` of ${budget} KB`} gzip (scripts/size.mjs)`,
      pass: !problem,
      detail: problem ?? `${KB(bytes)} KB, ${KB(left)} KB to spare`,
    };
  });
}
