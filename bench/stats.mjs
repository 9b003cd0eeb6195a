// The bench's arithmetic, pure (tested in bench/stats.test.mjs): quartiles,
// run-by-run ratios, the PASS/MISS lines of ratio and slowest-press targets,
// and the shuffled order of each run's cases.

/** Median, quartiles, min and max of samples (ms, bytes or ratios), by linear interpolation between ranks. */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    return sorted[Math.floor(i)] + (sorted[Math.ceil(i)] - sorted[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/**
 * Each run's ratio ours / peer (the two sample lists in run order, one sample
 * per run), with its stats: a slow moment of the machine falls on both halves
 * of a ratio, which a ratio of medians would not cancel.
 */
export function runRatios(ours, peer) {
  if (ours.length !== peer.length || !ours.length) throw new Error(`bench: ${ours.length} runs of ours against ${peer.length} of the peer`);
  const samples = ours.map((value, run) => value / peer[run]);
  return { ...stats(samples), samples };
}

/** Run-by-run ratios ours / every other FAQ variant: { render, added, open } → size → variant → stats with samples. */
export function faqRatios(faq) {
  const others = Object.keys(faq).filter((variant) => variant !== 'ours');
  const bySize = (metric) =>
    Object.fromEntries(
      Object.entries(faq.ours).map(([n, cell]) => [
        n,
        Object.fromEntries(others.map((variant) => [variant, runRatios(cell.samples[metric], faq[variant][n].samples[metric])])),
      ]),
    );
  return { render: bySize('render'), added: bySize('added'), open: bySize('open') };
}

const x = (value) => `${value.toFixed(2)}x`;

/**
 * A ratio target: it passes only when the 75th percentile of the run-by-run
 * ratios is below `limit` (`ratio` from runRatios). The detail gives the ratio's
 * median [p25–p75] and, for a MISS, how far the 75th percentile is from the limit.
 */
export function ratioTarget(target, ratio, limit) {
  const pass = ratio.p75 < limit;
  const spread = `ratio ${x(ratio.median)} [${x(ratio.p25)}–${x(ratio.p75)}] over ${ratio.n} run${ratio.n === 1 ? '' : 's'}`;
  const gap = pass
    ? `p75 ${x(ratio.p75)} < ${x(limit)}`
    : `p75 ${x(ratio.p75)}, ${x(ratio.p75 - limit)} over ${x(limit)}: ours needs ${Math.round((1 - limit / ratio.p75) * 100)} % less time`;
  return { target, pass, detail: `${spread}; ${gap}` };
}

/** A time target on the slowest sample of all (every key press of every run): it passes below `limit` ms. */
export function slowestTarget(target, slowest, where, limit) {
  const pass = slowest < limit;
  const gap = pass ? `${(limit - slowest).toFixed(1)} ms to spare` : `${(slowest - limit).toFixed(1)} ms over ${limit} ms`;
  return { target, pass, detail: `slowest ${slowest.toFixed(1)} ms, in step ${where}; ${gap}` };
}

/** A seeded pseudo-random source in [0, 1) (mulberry32), so that a run's order can be told again from its seed. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates) drawn from `random`. */
export function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
