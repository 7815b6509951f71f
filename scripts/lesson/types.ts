export * from './deck-contract.ts'
// Every type of the generator, by job: the lesson as parsed (lesson-model.ts), the deck as planned
// (deck-plan.ts), and the contract the deck keeps with its readers, the frontmatter and each component's
// props (deck-contract.ts). Import from here; the browser side (components/) reads it too.
export type * from './deck-plan.ts'
export type * from './lesson-model.ts'
