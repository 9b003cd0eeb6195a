// Pinned text snapshots for the component tests: `mrx-snapshot` compares what a
// test saw (an accessibility tree, a keyboard journey) with its committed file
// under src/pinned/snapshots/, and fails on any change. `npm run update-snapshots`
// (MRX_UPDATE_SNAPSHOTS=1) writes them instead: review the diff before committing.
// A missing file fails too, unless updating, so CI never pins by accident.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../src/pinned/snapshots/', import.meta.url));
const updating = process.env.MRX_UPDATE_SNAPSHOTS === '1';

export function snapshotPlugin() {
  const counts = { same: 0, written: 0, different: 0, missing: 0 };
  return {
    name: 'mrx-snapshot',
    async executeCommand({ command, payload }) {
      if (command !== 'mrx-snapshot') return undefined;
      const { name, content } = payload;
      if (!/^[\w-]+(\/[\w.-]+)+$/.test(name)) throw new Error(`mrx-snapshot: bad snapshot name ${JSON.stringify(name)}`);
      const file = join(root, `${name}.txt`);
      const text = content.endsWith('\n') ? content : `${content}\n`;
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (expected === text) return (counts.same++, { status: 'same' });
      if (updating) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        return (counts.written++, { status: 'written' });
      }
      const status = expected === null ? 'missing' : 'different';
      counts[status]++;
      return { status, file: relative(process.cwd(), file), expected };
    },
    serverStop() {
      const total = counts.same + counts.written + counts.different + counts.missing;
      if (total)
        console.log(
          `snapshots: ${total} compared, ${counts.same} unchanged, ${counts.different} changed, ${counts.missing} missing, ${counts.written} written`,
        );
    },
  };
}
