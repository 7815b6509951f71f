// The part of webvtt-parser (npm, no types of its own) the caption tests use.
declare module 'webvtt-parser' {
  export interface VttNode {
    type: 'text' | 'object' | 'timestamp'
    /** Text of a text node, entities decoded. */
    value?: string
    /** Tag name of an object node (`b`, `i`, `c`, …). */
    name?: string
    children?: VttNode[]
  }
  export interface VttCue {
    id: string
    startTime: number
    endTime: number
    text: string
    tree: { children: VttNode[] }
  }
  export interface VttParsed {
    cues: VttCue[]
    errors: { message: string, line: number, col: number }[]
  }
  export class WebVTTParser {
    /** `entities`: the named character references to decode (the package's html-entities.json for all of HTML's). */
    constructor(entities?: Record<string, string>)
    parse(input: string, mode?: 'metadata' | 'chapters'): VttParsed
  }
}
