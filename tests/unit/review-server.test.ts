// `npm run review` through real sockets on loopback, over a lesson in a scratch folder: the list of
// pictures, an answer written into the lesson and the deck generated again, the icons offered for a word,
// answers refused from another site, the command's usage errors and its stop.
import type { ReviewServer } from '../../scripts/review/server.ts'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { get } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { iconSvg } from '../../scripts/lesson/icons/index.ts'
import { main } from '../../scripts/review.ts'
import { startReviewServer } from '../../scripts/review/server.ts'
import { capture, scratchDir } from '../support/cli.ts'

/** Our own kitchen: the picker draws the cook, the teapot, the basket and the bread, among others. */
const LESSON = `# Kitchens

## Video Length: ~3 minutes | Level: Staff

## The Hook

A cook stirs the broth on the stove while a waiter carries a teapot and a basket of bread to the table. Every guest gets a dish at once.

## Another Way to See It

A promise cannot be taken back. You can only make a new one that undoes its harm, like a refund after a cancelled flight.

## Quick Recap

- Keep it warm.
`

let root: string
let server: ReviewServer
const log: string[] = []

beforeEach(async () => {
  root = await scratchDir()
  await mkdir(join(root, 'lessons'))
  await writeFile(join(root, 'lessons/kitchens.md'), LESSON)
  server = await startReviewServer({ root, lesson: 'lessons/kitchens.md', port: 0, log: line => log.push(line) })
})

afterEach(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

function answer(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/answer`, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' })
}

describe('the review server', () => {
  it('lists each picture with its section, word, sentence and drawn icon', async () => {
    const page = await (await fetch(server.url)).text()
    expect(page).toContain('<h2>The Hook</h2>')
    expect(page).toMatch(/data-word="cook" data-icon="cook"/)
    expect(page).toContain('A <mark>cook</mark> stirs the broth on the stove while a waiter carries a teapot and a basket of bread to the table.')
    expect(page).toContain(iconSvg('cook').body)
  })

  it('writes wrong into the lesson\'s pictures line, generates the deck again, and shows it', async () => {
    const response = await answer({ kind: 'wrong', section: '0', heading: 'The Hook', word: 'cook' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/#section-0')
    expect(await readFile(join(root, 'lessons/kitchens.md'), 'utf8')).toBe(LESSON.replace('## The Hook\n', '## The Hook\n<!-- pictures: not: cook -->\n'))
    const deck = await readFile(join(root, '.decks/kitchens.md'), 'utf8')
    expect(deck).toContain('IconScene')
    expect(deck).not.toContain('"word":"cook"')
    const page = await (await fetch(server.url)).text()
    expect(page).toContain('The Hook never draws “cook”: written into lessons/kitchens.md. .decks/kitchens.md generated again.')
    expect(page).toContain('<code>&lt;!-- pictures: not: cook --&gt;</code>')
    expect(page).not.toMatch(/data-word="cook"/)
    expect(log).toEqual(['lessons/kitchens.md: The Hook never draws “cook”'])
    // Draw again: the word is the generator's once more, and the line, now empty, is gone.
    expect(page).toMatch(/<li>Never “cook” <form/)
    await answer({ kind: 'forget', section: '0', heading: 'The Hook', word: 'cook' })
    expect(await readFile(join(root, 'lessons/kitchens.md'), 'utf8')).toBe(LESSON)
    expect(await (await fetch(server.url)).text()).toMatch(/data-word="cook"/)
  })

  it('offers icons for the word and writes the one picked', async () => {
    const offers = await (await fetch(`${server.url}/pick?section=0&word=bread`)).text()
    expect(offers).toContain('Another icon for “bread” in The Hook')
    expect(offers).toMatch(/name="icon" value="baguette-bread"/)
    expect(offers).not.toMatch(/name="icon" value="bread"/)
    const searched = await (await fetch(`${server.url}/pick?section=0&word=bread&q=soup`)).text()
    expect(searched).toMatch(/name="icon" value="steaming-bowl"/)
    await answer({ kind: 'pick', section: '0', heading: 'The Hook', word: 'bread', icon: 'baguette-bread' })
    expect(await readFile(join(root, 'lessons/kitchens.md'), 'utf8')).toContain('## The Hook\n<!-- pictures: bread = baguette-bread -->\n')
    expect(await (await fetch(server.url)).text()).toMatch(/data-word="bread" data-icon="baguette-bread"/)
  })

  it('offers a story left without a picture one of its words, drawn with the icon picked', async () => {
    const page = await (await fetch(server.url)).text()
    expect(page).toMatch(/<section id="section-1" data-section="Another Way to See It">[\s\S]*No picture of things\.[\s\S]*<form method="get" action="\/pick" class="add">/)
    expect(page).not.toMatch(/<section id="section-0"[\s\S]*class="add"[\s\S]*<section id="section-1"/)
    const offers = await (await fetch(`${server.url}/pick?section=1&word=Flight&q=airplane`)).text()
    expect(offers).toContain('An icon for “flight” in Another Way to See It')
    expect(offers).toContain('like a refund after a cancelled <mark>flight</mark>.')
    expect(offers).toMatch(/name="word" value="flight">\s*<input type="hidden" name="icon" value="airplane">/)
    // A word the section never says is no picture to add.
    expect((await fetch(`${server.url}/pick?section=1&word=airport`)).status).toBe(404)
    await answer({ kind: 'pick', section: '1', heading: 'Another Way to See It', word: 'flight', icon: 'airplane' })
    expect(await readFile(join(root, 'lessons/kitchens.md'), 'utf8')).toContain('## Another Way to See It\n<!-- pictures: flight = airplane -->\n')
    expect(await readFile(join(root, '.decks/kitchens.md'), 'utf8')).toContain('"word":"flight"')
    expect(await (await fetch(server.url)).text()).toMatch(/data-word="flight" data-icon="airplane"/)
  })

  it('refuses answers from another site or host, an icon the set lacks, and a stale section, writing nothing', async () => {
    expect((await answer({ kind: 'wrong', section: '0', heading: 'The Hook', word: 'cook' }, { origin: 'http://elsewhere.example' })).status).toBe(403)
    // Another name for this machine (DNS rebinding): fetch can't set Host, node:http can.
    const status = await new Promise(done => get({ host: '127.0.0.1', port: new URL(server.url).port, headers: { host: 'elsewhere.example' } }, response => done(response.statusCode)))
    expect(status).toBe(403)
    await answer({ kind: 'pick', section: '0', heading: 'The Hook', word: 'bread', icon: 'no-such-icon' })
    expect(await (await fetch(server.url)).text()).toContain('expected an answer: kind (wrong, forget, or pick with an icon of the set)')
    await answer({ kind: 'wrong', section: '0', heading: 'The Story', word: 'cook' })
    expect(await (await fetch(server.url)).text()).toMatch(/lessons\/kitchens\.md:1:1: the lesson changed since the page was shown/)
    expect(await readFile(join(root, 'lessons/kitchens.md'), 'utf8')).toBe(LESSON)
  })
})

describe('npm run review', () => {
  it('serves until stopped, then exits 0', async () => {
    const { io, out, err } = capture(root)
    let stop!: () => void
    const stopped = new Promise<void>(done => (stop = done))
    const exit = main(['lessons/kitchens.md', '--port', '0'], io, stopped)
    await expect.poll(() => out.length).toBe(1)
    expect(await (await fetch(out[0]!)).text()).toContain('Pictures of lessons/kitchens.md')
    stop()
    expect(await exit).toBe(0)
    await expect(fetch(out[0]!)).rejects.toThrow()
    expect(err.join('\n')).toContain('Ctrl-C stops')
  })

  it('stops with the file and line of a lesson it can\'t use, and on bad arguments', async () => {
    await writeFile(join(root, 'lessons/broken.md'), '# Broken\n\n## The Hook\n<!-- pictures: dish steaming-bowl -->\n\nA dish.\n')
    const { io, err } = capture(root)
    expect(await main(['lessons/broken.md', '--port', '0'], io, new Promise(() => {}))).toBe(2)
    expect(err.join('\n')).toMatch(/lessons\/broken\.md:4:1: could not read `dish steaming-bowl`/)
    expect(await main(['--port', 'x'], io, new Promise(() => {}))).toBe(2)
    expect(err.join('\n')).toMatch(/--port expects a port number/)
  })
})
