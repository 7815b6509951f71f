// Analogies of the series' kind, in our own words: each everyday world's drawable things get their icons
// (recall), and the software words and idioms mixed into the same paragraphs get none (precision). Real
// compromise, real icon index, through namedThings as the generator calls it.
import { describe, expect, it } from 'vitest'
import { namedThings } from '../../scripts/lesson/extract/objects.ts'
import { iconIndex } from '../../scripts/lesson/icons/index.ts'

interface Case { world: string, text: string, drawn: string[], notDrawn: string[] }

const CASES: Case[] = [
  { world: 'a restaurant kitchen', text: 'Think of a restaurant kitchen at dinner rush. The chef calls out each ticket, a cook plates the food, and a waiter carries the tray to the guests. If one station falls behind, the whole API backs up, and the kitchen starts to cut corners.', drawn: ['chef', 'ticket', 'waiter', 'tray'], notDrawn: ['api', 'corner'] },
  { world: 'a post office', text: 'A post office sorts every parcel by its address. The clerk drops each envelope into a sack, and a truck carries the sacks to the next town. The request payload is the parcel; the endpoint is the address on the envelope.', drawn: ['clerk', 'envelope', 'truck'], notDrawn: ['payload', 'endpoint'] },
  { world: 'a hospital triage desk', text: 'Picture a hospital triage desk. A nurse looks at each patient, and the worst cases see the doctor first while the ambulance keeps arriving. When the queue overflows, the nurse does not drop the ball.', drawn: ['hospital', 'nurse', 'patient', 'doctor', 'ambulance'], notDrawn: ['ball', 'queue'] },
  { world: 'an airport', text: 'An airport moves thousands of travellers every hour. Each passenger shows a ticket at the gate, the luggage rides a belt to the airplane, and the tower decides who lands next. Our scheduler is that tower, and the thread pool is the runway.', drawn: ['passenger', 'luggage', 'airplane'], notDrawn: ['thread'] },
  { world: 'a library', text: 'A library keeps every book on a shelf, sorted by its label. The librarian checks the catalogue, walks to the right shelf and hands the reader the book. An index in a database works the same way: the key points to the row.', drawn: ['library', 'book', 'librarian', 'reader'], notDrawn: ['key', 'index'] },
  { world: 'a house whose roof leaks', text: 'Think of a house whose roof leaks. At first a little water drips from the ceiling, so you put a bucket under it. Ignore it long enough and the ceiling caves in. Technical debt in your code works the same way.', drawn: ['house', 'water', 'bucket'], notDrawn: ['code'] },
  { world: 'a diplomat with an interpreter', text: 'Two countries send a diplomat each to the talks, but they speak different languages. An interpreter sits beside each diplomat and turns every sentence into the other language. An adapter layer in your service plays the interpreter between two APIs.', drawn: ['diplomat', 'interpreter'], notDrawn: ['service', 'layer'] },
  { world: 'a museum guide', text: 'A museum guide leads a group of visitors from room to room. At each stop she tells its story, and the visitors follow her umbrella. A client library guides each request through the API the same way, but the client never sees the server.', drawn: ['guide', 'visitor', 'umbrella'], notDrawn: ['client', 'library', 'server'] },
  { world: 'a theatre', text: 'In a theatre, the actor waits in the wings until the stage manager gives the cue. The audience only sees the stage, never the ropes behind it. That is the heart of an abstraction: the caller sees the stage, not the machinery.', drawn: ['actor', 'manager'], notDrawn: ['heart', 'caller'] },
  { world: 'a train station', text: 'At a train station, each train leaves from its own platform at its own time. A passenger buys a ticket, checks the clock on the wall and waits for the whistle. If one train runs late, the others still leave on time: the key is that each platform is independent.', drawn: ['station', 'train', 'passenger', 'ticket', 'clock'], notDrawn: ['key'] },
  { world: 'a bank vault', text: 'A bank keeps its gold in a vault behind a heavy door. Only a guard with the right key can open the lock, and every visit is written in a ledger. Your secrets manager is that vault; the token is its key.', drawn: ['gold', 'door', 'guard', 'key', 'lock', 'ledger'], notDrawn: ['token'] },
  { world: 'a highway with toll booths', text: 'On a highway, every car stops at the toll booth. The booth lifts its barrier only after the driver pays with a coin. A rate limiter is that toll booth: it lets each request through only when the bucket of tokens is not empty.', drawn: ['car', 'coin'], notDrawn: ['request', 'token', 'bucket'] },
  { world: 'a fire station', text: 'At the fire station, the alarm rings and the firefighters jump into the fire engine. The ladder goes up, the hose comes out, and the fire is out in minutes. An on-call rotation is our fire station: when the pager goes off, someone is ready.', drawn: ['station', 'firefighter', 'fire engine', 'ladder', 'pager'], notDrawn: ['rotation'] },
  { world: 'a school', text: 'At a school, the teacher writes the lesson on the board and each student copies it into a notebook. When the bell rings, the students hand in their homework. A cache is that notebook: a copy close at hand, which may go stale.', drawn: ['teacher', 'student', 'notebook', 'bell'], notDrawn: ['cache', 'hand'] },
  { world: 'a restaurant planner', text: 'A good cook can make any meal you ask for. The restaurant planner decides the menu, the kitchen layout and the supply chain. That is the gap between writing a query and owning the data model.', drawn: ['cook', 'planner'], notDrawn: ['query', 'model'] },
  { world: 'a bridge that opens', text: 'The new bridge across the river opens on Monday, but bus drivers follow habit and keep taking the old ferry. A migration works the same way: the old endpoint stays up until the last caller moves.', drawn: ['bridge', 'driver', 'ferry'], notDrawn: ['endpoint', 'caller'] },
  { world: 'a construction site', text: 'On a construction site, a worker in a helmet checks the plan while the bricks go up one row at a time. Schema migrations are built the same way, one layer at a time, never all at once.', drawn: ['helmet', 'brick'], notDrawn: ['schema'] },
]

/** The words the generator draws for a paragraph, split into sentences as the lesson's text is. */
function drawnWords(text: string): string[] {
  return namedThings(text.split(/(?<=[.!?:;])\s+/), iconIndex()).map(thing => thing.word)
}

describe('the things of an everyday analogy are drawn, and its software words and idioms are not', () => {
  it.each(CASES)('$world', ({ text, drawn, notDrawn }) => {
    const words = drawnWords(text)
    expect(words).toEqual(expect.arrayContaining(drawn))
    for (const word of notDrawn)
      expect(words).not.toContain(word)
  })

  it('draws no word the rules that find them would take for a thing: a side, a heading, half of a hyphenated word', () => {
    expect(drawnWords('Data goes in on the left, and the number comes out on the right.')).toEqual([])
    expect(drawnWords('Pros: fewer calls. Cons: a larger payload.')).toEqual([])
    expect(drawnWords('Example two: a key-value store like Redis. It keeps each password.')).not.toContain('key')
  })

  it('gives a third and a fourth person a figure of their own, never a crowd of one figure', () => {
    const icons = namedThings(['The nurse greets each patient, the doctor reads the chart, and the porter brings the bed.'], iconIndex()).map(thing => thing.icon)
    expect(icons.filter(icon => icon.startsWith('person')).length).toBeGreaterThanOrEqual(3)
    expect(icons.filter(icon => icon === 'person').length).toBeLessThanOrEqual(2)
  })
})
