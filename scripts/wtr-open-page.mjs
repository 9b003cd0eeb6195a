// A test-runner command that opens a URL in a fresh tab of the test's own
// browser and reports what a script saw there. Tests use it for what only a
// real navigation does: `#:~:text=` links and a page's first `#id`.
export function openPagePlugin() {
  return {
    name: 'mrx-open-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mrx-open-page') return undefined;
      const { path, evaluate, waitFor = 'true', timeout = 5000 } = payload;
      const testPage = session.browser.getPage(session.id);
      const origin = new URL(testPage.url()).origin;
      const page = await testPage.browserContext().newPage();
      try {
        await page.goto(origin + path);
        await page.waitForFunction(waitFor, { timeout });
        // `evaluate` is a function body; the test page sends it as text.
        return await page.evaluate(`(async () => { ${evaluate} })()`);
      } finally {
        await page.close();
      }
    },
  };
}
