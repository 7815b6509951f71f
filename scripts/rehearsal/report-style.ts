// The rehearsal report's stylesheet, inlined into the page so it opens offline from the file system.

/** Overruns: the one colour that is not the runs' blue. */
export const OVER_COLOUR = '#b91c1c'

export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --over: ${OVER_COLOUR}; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 820px; padding: 1.5rem 1.25rem 2.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
header p, section > p { color: var(--muted); margin: .25rem 0 .75rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: .75rem; margin: 0; }
.figures div { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; }
.figures + p { margin-top: .9rem; }
.figures dt { font-size: .8rem; color: var(--muted); }
.figures dd { margin: .2rem 0 0; }
.figures strong { display: block; font-size: 1.45rem; font-variant-numeric: tabular-nums; }
.figures span { font-size: .8rem; color: var(--muted); }
section code { white-space: nowrap; font-size: .9em; background: #f3f4f6; padding: 0 .25rem; border-radius: 3px; color: var(--ink); }
svg { display: block; overflow: visible; font-variant-numeric: tabular-nums; }
svg .label { font-size: 12px; fill: var(--ink); }
svg .label.keeps { fill: var(--over); font-weight: 700; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .grid { stroke: #e5e7eb; stroke-width: 1; }
svg .budget { stroke: #111827; stroke-width: 2.5; }
svg .budget.dashed { stroke-dasharray: 6 4; stroke-width: 1.5; }
svg .over-mark { font-size: 8px; fill: var(--over); }
svg .trend { fill: none; stroke: #244c96; stroke-width: 2; }
svg .point { fill: #244c96; stroke: #fff; stroke-width: 1.5; }
svg .point.unfinished { fill: #fff; stroke: #244c96; stroke-width: 2; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: 0 0 .5rem; font-size: .85rem; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: .9rem; height: .6rem; border-radius: 2px; }
.budget-swatch { width: 3px; height: .9rem; background: #111827; }
.unfinished-swatch { background: repeating-linear-gradient(45deg, #4b5563 0 2px, #e5e7eb 2px 4px); }
.overruns li { margin: .2rem 0; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); padding-bottom: .4rem; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: right; }
th[scope="row"], th:first-child { text-align: left; font-weight: 600; }
tr.keeps th { color: var(--over); }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
table.said td { white-space: nowrap; }
table.said th:last-child, table.said td.said-skipped { text-align: left; white-space: normal; font-size: .85rem; }
td.said-skipped q { display: block; }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--line); font-size: .85rem; color: var(--muted); }
footer code { color: var(--ink); }
`
