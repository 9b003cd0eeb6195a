// What a tag manager does: add the widgets script after the page has loaded.
// Under Trusted Types the page's own code needs a policy for that (e2e-page).
const policy = trustedTypes.createPolicy('e2e-page', { createScriptURL: (url) => url });
addEventListener('load', () => {
  const script = document.createElement('script');
  script.src = policy.createScriptURL('/dist/cdn/motionrx-widgets.iife.js');
  document.head.append(script);
});
