// Import rules checked by `npm test` (npm run check:imports). Commands are the files npm scripts run,
// `scripts/<command>.ts`: they parse arguments and call library modules, so nothing imports them but
// the tests that call their main().
const COMMANDS = '^scripts/(bench|build-deck|check-sizes|course|ensure-browser|export|generate|handout|mutation-score|rehearsals|start|video)\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: the modules can only be understood, tested and moved together.',
      from: { path: '^(scripts|components|setup)/' },
      to: { circular: true },
    },
    {
      name: 'no-command-imports',
      severity: 'error',
      comment: 'A command file is a program, not a library: move what is shared into a module under scripts/.',
      from: { path: '^(scripts|components|setup)/' },
      to: { path: COMMANDS },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: { path: '^(scripts|components|setup)/' },
      to: { couldNotResolve: true, pathNot: '^(@slidev/client|#slidev/|virtual:|/@slidev/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types still ties the modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.mjs', '.js', '.vue', '.d.ts', '.json'] },
  },
}
