// node --test: the framework typings (`@motionrx/widgets/react`, `/vue`), as
// an app's TypeScript sees them after `npm run build`. The fixtures use
// `@ts-expect-error` for what must fail, so loose typings fail this test too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';

const check = (file) => {
  const path = new URL(`fixtures/typings/${file}`, import.meta.url).pathname;
  const program = ts.createProgram([path], {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
};

test('React 19 JSX: the elements, their attributes, properties and typed onmrx-… events', () => {
  assert.deepEqual(check('react-check.tsx'), []);
});

test('Vue 3 GlobalComponents: the elements, their attributes, properties and typed onMrx… listeners', () => {
  assert.deepEqual(check('vue-check.ts'), []);
});
