// A language model of the notes themselves: which word follows which in the lesson, as an ARPA
// trigram model with absolute discounting and back-off. The recogniser then expects the notes'
// sentences, in their words and order, and still hears a sentence begun anywhere, reordered or cut
// short. Pure.

/** Taken off every count seen, for the words never seen after a context. */
const DISCOUNT = 0.5
const ORDER = 3
const START = '<s>'
const END = '</s>'

type Counts = Map<string, number>

function key(words: readonly string[]): string {
  return words.join(' ')
}

/** The ARPA text of a trigram model of the sentences (each a list of words). */
export function arpaModel(sentences: readonly (readonly string[])[]): string {
  const counts: Counts[] = Array.from({ length: ORDER + 1 }, () => new Map())
  const bump = (map: Counts, k: string) => map.set(k, (map.get(k) ?? 0) + 1)
  for (const words of sentences.filter(s => s.length > 0)) {
    const padded = [START, ...words, END]
    for (let n = 1; n <= ORDER; n++) {
      for (let i = 0; i + n <= padded.length; i++)
        bump(counts[n]!, key(padded.slice(i, i + n)))
    }
  }
  const unigrams = [...counts[1]!.keys()]
  const total = [...counts[1]!.values()].reduce((a, b) => a + b, 0) - (counts[1]!.get(START) ?? 0)
  // Every word is possible anywhere: unigrams are counts plus one, <s> is never predicted.
  const probability: Map<string, number>[] = Array.from({ length: ORDER + 1 }, () => new Map())
  for (const word of unigrams)
    probability[1]!.set(word, word === START ? 0 : ((counts[1]!.get(word) ?? 0) + 1) / (total + unigrams.length - 1))
  for (let n = 2; n <= ORDER; n++) {
    const followed = historyTotals(counts[n]!)
    for (const [gram, count] of counts[n]!)
      probability[n]!.set(gram, (count - DISCOUNT) / followed.get(historyOf(gram))!)
  }
  const backoff: Map<string, number>[] = Array.from({ length: ORDER + 1 }, () => new Map())
  for (let n = 2; n <= ORDER; n++) {
    const followers = new Map<string, string[]>()
    for (const gram of counts[n]!.keys())
      followers.set(historyOf(gram), [...followers.get(historyOf(gram)) ?? [], gram])
    for (const [history, grams] of followers) {
      const seen = grams.reduce((sum, gram) => sum + probability[n]!.get(gram)!, 0)
      const lower = grams.reduce((sum, gram) => sum + lowerProbability(probability, backoff, gram.split(' ').slice(1)), 0)
      backoff[n - 1]!.set(history, Math.max(1e-9, 1 - seen) / Math.max(1e-9, 1 - lower))
    }
  }
  const log10 = (p: number) => (p > 0 ? Math.log10(p) : -99).toFixed(4)
  const lines = ['\\data\\', ...Array.from({ length: ORDER }, (_, i) => `ngram ${i + 1}=${probability[i + 1]!.size}`), '']
  for (let n = 1; n <= ORDER; n++) {
    lines.push(`\\${n}-grams:`)
    for (const [gram, p] of probability[n]!) {
      const bow = backoff[n]!.get(gram)
      lines.push(`${log10(p)} ${gram}${n < ORDER && bow !== undefined ? ` ${log10(bow)}` : ''}`)
    }
    lines.push('')
  }
  lines.push('\\end\\', '')
  return lines.join('\n')
}

function historyOf(gram: string): string {
  return gram.slice(0, gram.lastIndexOf(' '))
}

/** How often each history was followed by any word. */
function historyTotals(grams: Counts): Counts {
  const totals: Counts = new Map()
  for (const [gram, count] of grams)
    totals.set(historyOf(gram), (totals.get(historyOf(gram)) ?? 0) + count)
  return totals
}

/** P(word | history) for `words` = [...history, word], backing off to shorter histories. */
function lowerProbability(probability: Map<string, number>[], backoff: Map<string, number>[], words: string[]): number {
  const n = words.length
  const p = probability[n]!.get(key(words))
  if (p !== undefined)
    return p
  if (n === 1)
    return 0
  const history = key(words.slice(0, -1))
  return (backoff[n - 1]!.get(history) ?? 1) * lowerProbability(probability, backoff, words.slice(1))
}
