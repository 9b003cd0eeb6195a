// Empties dist/ before a build so no stale chunk is counted or served.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
