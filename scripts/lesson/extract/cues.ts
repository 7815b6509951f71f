// The words two texts are compared by when the generator decides a word's sense: lower case, singular, no
// function words. Shared by the icon index's build (the cue words of each sense) and the generator (the
// words of a section), so both sides stem alike. Pure.

export const RE_CUE_WORD = /\p{L}+(?:['’]\p{L}+)?/gu

/** Words that say nothing of a picture's world. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`a about above after again all also an and any are as at be because been before
being below between both but by can could did do does doing down during each either especially etc few for from further had has have having
he her here hers him his how i if in into is it its itself just like made make many may more most much must my no nor not of off often on
once one only or other our out over own part per same she should so some something such than that the their them then there these they this
those through to too under until up upon use used usually very was we were what when where which while who whom why will with within would
you your see also person people individual human something someone anything thing things kind sort way various type form`.split(/\s+/))

/** `shelves` → `shelf`, `boxes` → `box`, `libraries` → `library`, `crossing` → `cross`, `bus` → `bus`: enough to match a word with its plural or its doing. */
export function cueStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  if (lower.length <= 3)
    return lower
  if (lower.endsWith('ing') && lower.length > 6)
    return lower.slice(0, -3)
  if (lower.endsWith('ies'))
    return `${lower.slice(0, -3)}y`
  if (lower.endsWith('ves'))
    return `${lower.slice(0, -3)}f`
  if (/(?:ss|x|ch|sh|z)es$/.test(lower))
    return lower.slice(0, -2)
  if (lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower))
    return lower.slice(0, -1)
  return lower
}

/** The stems of a text's words, function words left out. */
export function cueStems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(RE_CUE_WORD) ?? []).filter(word => !STOP_WORDS.has(word)).map(cueStem))
}
