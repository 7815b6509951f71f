// A point's short lead-in, set in bold so a bullet reads at a glance: `Balance: Explicit allocation.`

/** A lead-in of one to four words before a colon, then the rest of the point. */
const RE_LEAD_IN = /^([^:"“]{1,32}):\s+(\S.*)$/

export interface LabelledPoint {
  /** `Balance`; empty when the point has no lead-in. */
  label: string
  text: string
}

export function splitLabel(point: string): LabelledPoint {
  const match = RE_LEAD_IN.exec(point)
  if (!match || match[1]!.trim().split(/\s+/).length > 4)
    return { label: '', text: point }
  return { label: match[1]!.trim(), text: match[2]! }
}
