import { expect } from '@open-wc/testing';
import { VERSION } from './version.js';

describe('VERSION', () => {
  it('matches package.json, so bundles name the version that was published', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
