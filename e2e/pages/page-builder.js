// What page builders do: widgets arrive later, through innerHTML and createElement.
// Under Trusted Types the page's own code needs a policy for innerHTML (e2e-page).
const policy = trustedTypes.createPolicy('e2e-page', { createHTML: (html) => html });
const builder = document.getElementById('builder');
fetch('/e2e/pages/widgets.html')
  .then((response) => response.text())
  .then((markup) => {
    const template = document.createElement('template');
    template.innerHTML = policy.createHTML(markup);
    const [faqHeading, faq, quizHeading, quiz] = template.content.children;
    // The FAQ and the quiz through innerHTML…
    builder.innerHTML = policy.createHTML(faqHeading.outerHTML + faq.outerHTML + quizHeading.outerHTML + quiz.outerHTML);
    // …the location CTA through createElement and the locations property.
    const cta = document.createElement('mrx-location-cta');
    cta.locations = JSON.parse(template.content.querySelector('mrx-location-cta script').textContent);
    builder.append(cta);
  });
