// Slidev's hook for extra Vite plugins, given the resolved options. A deck built without speaker notes
// (`npm run build:share`) is for the audience, so it leaves the speaker's pacing panel out as well; the
// deck `npm start -- --audience` serves puts its follow-the-speaker control there instead.
import type { Plugin } from 'vite'

const RE_NAV_CONTROLS = /[\\/]custom-nav-controls\.vue$/

export default function vitePlugins(options: { withoutNotes?: boolean }): Plugin[] {
  if (!options.withoutNotes)
    return []
  const controls = process.env.VITE_AUDIENCE_DECK ? '<AudienceFollow />' : '<span hidden />'
  return [{
    name: 'lesson-decks:without-pacing',
    enforce: 'pre',
    load(id) {
      if (RE_NAV_CONTROLS.test(id))
        return `<template>${controls}</template>\n`
    },
  }]
}
