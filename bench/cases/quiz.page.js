// In the bench page: the stiffness quiz's first render, and what has focus
// while bench/cases/quiz.mjs answers it from the keyboard.
'use strict';
(() => {
  const { mount, until, watch } = window.benchKit;
  const quiz = () => document.querySelector('mrx-stiffness-quiz');

  Object.assign(window.bench, {
    /** The quiz's first render; done when the copy in `lang` shows its first heading. */
    quiz: (lang) =>
      mount(
        `<mrx-stiffness-quiz lang="${lang}" clinic-name="MotionRx Tampa" booking-url="https://example.com/book"></mrx-stiffness-quiz>`,
        window.benchModules,
        async () => {
          const el = quiz();
          await el.updateComplete;
          await until(() => el.shadowRoot.querySelector(`section[lang="${lang}"] h2`), 'mrx-stiffness-quiz', [el.shadowRoot]);
          // Events that stay inside the shadow root (change, submit) end work too.
          watch(el.shadowRoot);
        },
      ),
    /** Puts focus on the quiz's heading, where a keyboard run starts. */
    quizFocusHeading: () => quiz().shadowRoot.querySelector('h2').focus(),
    /** The focused control in the quiz: an input's name (the question id), value (the option id) and state, or a button's text. */
    quizFocus() {
      const el = quiz().shadowRoot.activeElement;
      if (!el) return null;
      return { tag: el.localName, type: el.type, name: el.name, value: el.value, checked: el.checked, text: el.textContent.trim() };
    },
    /** The result's outcome once the quiz has one. */
    quizOutcome: () => quiz().result?.outcome,
  });
})();
