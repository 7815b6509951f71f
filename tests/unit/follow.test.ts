// The audience's follow logic: the speaker's moves, a member's own browsing, the way back.
import { describe, expect, it } from 'vitest'
import { afterMove, afterSpeakerMove, followUrl, parseAudienceMessage, reconnectDelayMs } from '../../components/follow.ts'

const at = (page: number, clicks = 0) => ({ page, clicks })

describe('following the speaker', () => {
  it('goes where the speaker goes, ignoring the steps on the way there', () => {
    const first = afterSpeakerMove({ following: true }, at(3, 2), at(1))
    expect(first.goTo).toEqual(at(3, 2))
    // The router lands on the slide before its clicks: not the member's doing.
    const halfway = afterMove(first.state, at(3, 0))
    expect(halfway.following).toBe(true)
    const there = afterMove(halfway, at(3, 2))
    expect(there).toEqual({ following: true, speaker: at(3, 2), steeringTo: undefined })
  })

  it('stops following when the member browses away, stays put while the speaker moves on, and follows again on request', () => {
    const following = { following: true, speaker: at(3, 2) }
    const browsing = afterMove(following, at(3, 1))
    expect(browsing.following).toBe(false)
    const speakerMoved = afterSpeakerMove(browsing, at(4), at(3, 1))
    expect(speakerMoved.goTo).toBeUndefined()
    expect(speakerMoved.state.speaker).toEqual(at(4))
    // The "Follow the speaker" button: following again goes to where the speaker is now.
    expect(afterSpeakerMove({ ...speakerMoved.state, following: true }, at(4), at(3, 1)).goTo).toEqual(at(4))
  })

  it('follows again when the member browses back to exactly where the speaker is', () => {
    expect(afterMove({ following: false, speaker: at(5, 1) }, at(5, 1)).following).toBe(true)
  })

  it('reads only well-formed messages', () => {
    expect(parseAudienceMessage('{"type":"position","position":{"page":2,"clicks":1}}')).toEqual({ type: 'position', position: at(2, 1) })
    expect(parseAudienceMessage('{"type":"deck","version":"3"}')).toEqual({ type: 'deck', version: '3' })
    for (const bad of ['', 'nope', '{"type":"position","position":{"page":"2","clicks":1}}', '{"type":"deck","version":3}', '{"type":"move"}', 'null', new ArrayBuffer(2)])
      expect(parseAudienceMessage(bad)).toBeUndefined()
  })

  it('reconnects quickly after a blip and gently after that', () => {
    expect([0, 1, 2, 3, 10].map(reconnectDelayMs)).toEqual([500, 1000, 2000, 4000, 4000])
  })

  it('finds the follow channel under the deck\'s base, over wss on https', () => {
    expect(followUrl({ protocol: 'http:', host: '192.0.2.5:3040' }, '/tok/', '__follow')).toBe('ws://192.0.2.5:3040/tok/__follow')
    expect(followUrl({ protocol: 'https:', host: 'talk.example' }, '/tok/', '__follow')).toBe('wss://talk.example/tok/__follow')
  })
})
