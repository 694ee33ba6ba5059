/** Tables for the learned-model experiment: per language (P, R, F1) and per slice (recall or accuracy). */
import { LANGUAGES, SLICES, isSlice, polarityOf } from '../devset'
import { GroupedConfusion, formatRatio, scoresOf } from '../metrics'

export interface Verdicts {
  name: string
  predicted: readonly boolean[]
}

export interface Row {
  lang: string
  slice: string
  negative: boolean
}

const pad = (s: string, n: number): string => s.padStart(n)

export function languageTable(rows: readonly Row[], systems: readonly Verdicts[]): string {
  const lines: string[] = []
  const head = ['lang    n  neg', ...systems.map((s) => `${pad(s.name, 20)}  P    R    F1  `)].join('  ')
  lines.push(head)
  for (const lang of [...LANGUAGES, 'all']) {
    const cells: string[] = []
    let n = 0
    let neg = 0
    for (const system of systems) {
      const g = new GroupedConfusion()
      rows.forEach((r, i) => {
        if (lang === 'all' || r.lang === lang) g.add('x', r.negative, system.predicted[i] as boolean)
      })
      const s = scoresOf(g.get('x'))
      n = s.n
      neg = s.positives
      cells.push(`${pad('', 20)} ${formatRatio(s.precision)} ${formatRatio(s.recall)} ${formatRatio(s.f1)}`)
    }
    if (n === 0) continue
    lines.push([`${lang.padEnd(4)} ${pad(String(n), 4)} ${pad(String(neg), 4)}`, ...cells].join('  '))
  }
  return lines.join('\n')
}

export function sliceTable(rows: readonly Row[], systems: readonly Verdicts[]): string {
  const lines = [
    ['slice                    n', ...systems.map((s) => pad(s.name, 20))].join('  ') +
      '   (R on negative slices, accuracy on the others)',
  ]
  for (const slice of SLICES) {
    const idx = rows.map((r, i) => (r.slice === slice ? i : -1)).filter((i) => i >= 0)
    if (idx.length === 0) continue
    const cells = systems.map((system) => {
      const g = new GroupedConfusion()
      for (const i of idx) g.add('x', (rows[i] as Row).negative, system.predicted[i] as boolean)
      const s = scoresOf(g.get('x'))
      const negativeSlice = isSlice(slice) && polarityOf(slice) === true
      return pad(formatRatio(negativeSlice ? s.recall : s.accuracy), 20)
    })
    lines.push([`${slice.padEnd(22)} ${pad(String(idx.length), 3)}`, ...cells].join('  '))
  }
  return lines.join('\n')
}

/** The headline figures the targets are stated in. */
export function headline(rows: readonly Row[], predicted: readonly boolean[]): Record<string, number | null> {
  const all = new GroupedConfusion()
  const bySlice = new GroupedConfusion()
  const byLang = new GroupedConfusion()
  rows.forEach((r, i) => {
    all.add('x', r.negative, predicted[i] as boolean)
    bySlice.add(r.slice, r.negative, predicted[i] as boolean)
    byLang.add(r.lang, r.negative, predicted[i] as boolean)
  })
  const s = scoresOf(all.get('x'))
  const langF1 = byLang.keys().map((k) => scoresOf(byLang.get(k)).f1 ?? 0)
  return {
    f1: s.f1,
    precision: s.precision,
    recall: s.recall,
    minLanguageF1: Math.min(...langF1),
    politeRecall: scoresOf(bySlice.get('polite_disappointment')).recall,
    sarcasmRecall: scoresOf(bySlice.get('sarcasm')).recall,
    calmAccuracy: scoresOf(bySlice.get('calm')).accuracy,
  }
}
