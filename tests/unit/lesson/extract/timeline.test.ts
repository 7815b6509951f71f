import { describe, expect, it } from 'vitest'
import { extractTimeline } from '../../../../scripts/lesson/extract/timeline.ts'

describe('a story told as a timeline', () => {
  it('is phases opened by their markers, each labelled by its marker, the opening one by how long it lasted', () => {
    expect(extractTimeline([
      'The team ran two builds.',
      'For 2 years.',
      'Nobody asked why the builds took all night.',
      'Then: the kettle broke. 30% of the cups cracked.',
      'The fix: buy a second kettle.',
      'The lesson: count the kettles.',
    ])).toEqual({
      phases: [
        // `For 2 years.` became the label: it is not said again as a point.
        { label: 'For 2 years', points: ['The team ran two builds.', 'Nobody asked why the builds took all night.'] },
        // A marker's text that holds two sentences gives two points.
        { label: 'Then', points: ['The kettle broke.', '30% of the cups cracked.'] },
        { label: 'The fix', points: ['Buy a second kettle.'] },
        { label: 'The lesson', points: ['Count the kettles.'] },
      ],
      starts: [0, 3, 4, 5],
      endsWithMoral: true,
    })
  })

  it('shows of a phase the sentences easiest to read on a slide: about six words, a figure, no quote, not a fragment', () => {
    const timeline = extractTimeline([
      'A tea room opened.',
      'It was "the best" tea in town, said the sign on the door.',
      'It had six tables and one kettle.',
      'Ok.',
      'The kettle boiled 40 times a day.',
      'Then: it broke.',
      'Next: a new one.',
    ])
    expect(timeline?.phases[0]).toEqual({ label: '', points: ['A tea room opened.', 'The kettle boiled 40 times a day.'] })
    expect(timeline?.endsWithMoral).toBe(false)
  })

  it('takes the earlier of two sentences that read equally well', () => {
    const timeline = extractTimeline(['Start here now please.', 'Alpha beta gamma delta epsilon zeta.', 'Eta theta iota kappa lambda mu.', 'Then: a.', 'Next: b.'])
    expect(timeline?.phases[0]!.points).toEqual(['Start here now please.', 'Alpha beta gamma delta epsilon zeta.'])
  })

  it('has three to six phases; more is a list, not a timeline', () => {
    const markers = ['Then: a.', 'Next: b.', 'Later: c.', 'Finally: d.', 'Soon: e.', 'Meanwhile: f.']
    expect(extractTimeline(['Start.', ...markers.slice(0, 5)])?.starts).toEqual([0, 1, 2, 3, 4, 5])
    expect(extractTimeline(['Start.', ...markers])).toBeUndefined()
  })
})
