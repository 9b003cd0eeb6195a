// `npm run release`: the whole release, in order, stopping at the first failure
// (docs/releasing.md walks through it). From a clean main branch:
//   1. npm test                      the whole gate, on the code as it is
//   2. changeset version             the pending .changeset/*.md files become the
//                                    new version in package.json and its CHANGELOG.md entry;
//                                    package-lock.json and src/internal/version.ts follow
//   3. npm run build                 dist/ again: CDN banners, sri.json and the README's
//                                    pinned snippets name the new version
//   4. node --test scripts/pack.test.mjs   the tarball's contents, the changelog entry, publish --dry-run
//   5. git commit "Release x.y.z", tag vx.y.z
//   6. npm publish --provenance --access public
// With no pending changeset it releases the version package.json already has
// (the first release, 0.1.0), provided CHANGELOG.md has its entry.
//
// `npm run release -- --dry-run` does every check and build but changes no
// version, makes no commit or tag and runs `npm publish --dry-run`; add
// `--skip-test` (dry runs only) to try the script without the full gate.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const skipTest = args.has('--skip-test');
for (const arg of args) if (arg !== '--dry-run' && arg !== '--skip-test') fail(`unknown option ${arg}`);
if (skipTest && !dryRun) fail('--skip-test is for --dry-run only: a real release runs the whole gate');

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Runs a command in the package root with its output shown; stops the release when it fails. */
function run(command, commandArgs) {
  console.log(`\nrelease: ${[command, ...commandArgs].join(' ')}`);
  try {
    execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  } catch {
    fail(`\`${[command, ...commandArgs].join(' ')}\` failed; nothing was published`);
  }
}

const output = (command, commandArgs) => execFileSync(command, commandArgs, { cwd: root, encoding: 'utf8' }).trim();
const version = () => JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
const pending = () => readdirSync(new URL('.changeset/', root)).filter((file) => file.endsWith('.md') && file !== 'README.md');

// Preconditions: a release is made from a clean, up-to-date main branch.
const branch = output('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
if (branch !== 'main' && !dryRun) fail(`releases are made from main, not ${branch}`);
if (output('git', ['status', '--porcelain']) !== '' && !dryRun)
  fail('the working tree has uncommitted changes: commit or stash them first');

const changesets = pending();
console.log(
  changesets.length
    ? `release: ${changesets.length} pending changeset(s): ${changesets.join(', ')}`
    : `release: no pending changeset: releasing ${version()} as package.json has it`,
);

if (!skipTest) run('npm', ['test']);

if (changesets.length && !dryRun) run('npx', ['changeset', 'version']);
if (changesets.length && dryRun) run('npx', ['changeset', 'status', '--verbose']);
const next = version();
if (!dryRun) {
  // package-lock.json repeats the package's version, and so does the code
  // (src/internal/version.ts: the VERSION export and the define() guard).
  run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
  const versionFile = new URL('src/internal/version.ts', root);
  writeFileSync(versionFile, readFileSync(versionFile, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${next}'`));
}
if (!readFileSync(new URL('src/internal/version.ts', root), 'utf8').includes(`VERSION = '${next}'`))
  fail(`src/internal/version.ts does not say ${next}`);
run('npm', ['run', 'build']);
run('node', ['--test', 'scripts/pack.test.mjs']);

if (dryRun) {
  run('npm', ['publish', '--dry-run', '--provenance', '--access', 'public']);
  // A dry run leaves the version alone: with changesets pending, the release would publish the version their status names.
  const published = changesets.length ? 'the version `changeset status` names above' : next;
  console.log(
    `\nrelease: dry run done: checked ${next} as it stands; ${published} would be published. Nothing was changed, committed, tagged or published`,
  );
  process.exit(0);
}

// The build pins the README's CDN snippets to the new version and hashes.
run('git', ['add', 'package.json', 'package-lock.json', 'CHANGELOG.md', '.changeset', 'src/internal/version.ts', 'README.md']);
if (output('git', ['status', '--porcelain', '--untracked-files=no']) !== '') run('git', ['commit', '-m', `Release ${next}`]);
run('git', ['tag', '-a', `v${next}`, '-m', `@motionrx/widgets ${next}`]);
run('npm', ['publish', '--provenance', '--access', 'public']);
console.log(`\nrelease: published @motionrx/widgets@${next}. Push the commit and the tag: git push --follow-tags`);
