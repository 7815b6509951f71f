// The rehearsal runtime's Vite wiring, all of it: the dev server's endpoint that saves runs under
// rehearsals/ (or REHEARSALS_DIR, which tests point elsewhere), and, in a deck built without speaker
// notes (`npm run build:share`), custom-nav-controls.vue swapped for an empty component, so the
// speaker's pacing panel is left out of the audience's deck as well (the deck `npm start -- --audience`
// serves gets its follow-the-speaker control there instead). setup/vite-plugins.ts hands these to Slidev.
import type { Plugin } from 'vite'
import process from 'node:process'
import { rehearsalEndpoint } from './endpoint.ts'

const RE_NAV_CONTROLS = /[\\/]custom-nav-controls\.vue$/

export function rehearsalVitePlugins(options: { withoutNotes?: boolean }): Plugin[] {
  const endpoint = rehearsalEndpoint(process.env.REHEARSALS_DIR || undefined)
  if (!options.withoutNotes)
    return [endpoint]
  const controls = process.env.VITE_AUDIENCE_DECK ? '<AudienceFollow />' : '<span hidden />'
  return [endpoint, {
    name: 'lesson-decks:without-pacing',
    enforce: 'pre',
    load(id) {
      if (RE_NAV_CONTROLS.test(id))
        return `<template>${controls}</template>\n`
    },
  }]
}
