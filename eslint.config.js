// `npm run lint`: Slidev's own style (@antfu/eslint-config) over the code, the README, and the JSON and
// YAML we write by hand. What the tools write, and the lessons (input data, read as the speaker wrote
// them), are left out.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    vue: true,
    typescript: true,
    ignores: [
      // generated or output folders
      '.decks/**',
      '.slidev/**',
      '.cache/**',
      '.scratch/**',
      'dist/**',
      'dist-*/**',
      'exports/**',
      'reports/**',
      'videos/**',
      'rehearsals/**',
      'artifacts/**',
      'test-results/**',
      // generated decks and the committed icon index (node scripts/icons/build-index.ts writes it)
      'slides.md',
      '.deck-*.md',
      '.e2e-*.md',
      '.generate-*',
      'scripts/lesson/icons/icon-index.json',
      // lessons and lesson-shaped test inputs, with the decks the fixture tests expect of them
      'lessons/**',
      'tests/fixtures/**',
      'tests/course-fixture/**',
      'tests/fuzz-cases/**',
      'tests/video-fixture/**',
    ],
  },
  {
    rules: {
      'style/max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      // Breaks every object, array or ternary with a call or a nested literal in it onto one line per item
      // (1,750 places, even with its length options at 160): it fights the code's deliberate one-line
      // literals and conditions, and would push files over check:sizes' 260 lines. max-len bounds a line.
      'antfu/reasonable-newline': 'off',
      // The code reads top down: a module's exported function first, the constants it uses below it. A use
      // inside a function body runs after the module has loaded; a use in the same scope, the one that
      // fails at run time, is still reported.
      'ts/no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
      // The components keep a short element on one line, `<h1 class="lesson-heading">{{ heading }}</h1>`;
      // this rule breaks each into three (88 places), which bloats the templates and turns the kicker and
      // heading every slide component shows into identical runs of lines, all alike but not shared.
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['scripts/lesson/deck-contract.ts'],
    rules: {
      // The components' props are written into slides.md as JSON: as type aliases they stay assignable
      // to the Json type (render.ts), which an interface, having no implicit index signature, is not.
      'ts/consistent-type-definitions': 'off',
    },
  },
  {
    files: ['tests/e2e/**'],
    rules: {
      // Playwright's locator.innerText() is the rendered text (hidden steps left out, CSS line breaks in),
      // which these tests mean; the rule takes it for the DOM property and would have textContent().
      'unicorn/prefer-dom-node-text-content': 'off',
    },
  },
)
