// The words of a sentence as a listener hears them: lower case, numbers as the words a voice says for
// them, and which of them carry the sentence (content words) rather than hold it together. Pure.

const RE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
const RE_NUMBER = /^\d+$/

/** Words that every sentence has: they help place a sentence in time but say little about which it is. */
const FUNCTION_WORDS = new Set(`a an the and or but nor so yet if then than that this these those there here
of to in on at by for with from into onto over under about as is are was were be been being am do does did done
has have had having it its it's i me my we us our you your he him his she her they them their what which who whom
whose when where why how not no yes all any some each every both either neither one ones just also too very can
could will would shall should may might must let's let up out off own same such only more most much many other
another again once now ever even still well back way get got go goes going gets make makes made`.split(/\s+/))

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** `42` → `forty two`, as a voice says a whole number below a million; longer digit runs digit by digit. */
export function numberWords(digits: string): string[] {
  const n = Number(digits)
  if (digits.length > 6 || (digits.length > 1 && digits.startsWith('0')))
    return [...digits].map(d => ONES[Number(d)]!)
  if (n < 20)
    return [ONES[n]!]
  if (n < 100)
    return [TENS[Math.floor(n / 10)]!, ...(n % 10 ? [ONES[n % 10]!] : [])]
  if (n < 1000)
    return [ONES[Math.floor(n / 100)]!, 'hundred', ...(n % 100 ? numberWords(String(n % 100)) : [])]
  return [...numberWords(String(Math.floor(n / 1000))), 'thousand', ...(n % 1000 ? numberWords(String(n % 1000)) : [])]
}

/** The words of a text as said, in order: `The 3 teams' plans` → the, three, teams', plans. */
export function spokenWords(text: string): string[] {
  return (text.match(RE_WORD) ?? []).flatMap((raw) => {
    const word = raw.toLowerCase().replace(/’/g, '\'')
    return RE_NUMBER.test(word) ? numberWords(word) : [word]
  })
}

/** A word that tells sentences apart: not a function word, not a number said as words. */
export function isContentWord(word: string): boolean {
  return !FUNCTION_WORDS.has(word) && !ONES.includes(word) && !TENS.includes(word) && word !== 'hundred' && word !== 'thousand'
}
