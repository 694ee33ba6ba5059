import { describe, expect, it } from 'vitest'
import {
  GroupedConfusion,
  addObservation,
  baselineSaysNegative,
  emptyConfusion,
  formatRatio,
  mergeConfusions,
  ratio,
  scoresOf,
} from '../eval/metrics'

const tallyOf = (pairs: [actual: boolean, predicted: boolean][]) =>
  pairs.reduce((tally, [actual, predicted]) => addObservation(tally, actual, predicted), emptyConfusion())

describe('eval metrics', () => {
  it('counts the four cells of the confusion matrix for the negative class', () => {
    expect(
      tallyOf([
        [true, true],
        [true, true],
        [true, false],
        [false, true],
        [false, false],
        [false, false],
        [false, false],
      ]),
    ).toEqual({ tp: 2, fn: 1, fp: 1, tn: 3 })
  })

  it('does not mutate the tally it is given', () => {
    const before = emptyConfusion()
    addObservation(before, true, true)
    expect(before).toEqual(emptyConfusion())
  })

  it('computes precision, recall, F1 and accuracy', () => {
    const scores = scoresOf({ tp: 6, fp: 2, fn: 4, tn: 8 })
    expect(scores.n).toBe(20)
    expect(scores.positives).toBe(10)
    expect(scores.predictedPositives).toBe(8)
    expect(scores.precision).toBeCloseTo(0.75)
    expect(scores.recall).toBeCloseTo(0.6)
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.6) / (0.75 + 0.6))
    expect(scores.accuracy).toBeCloseTo(0.7)
  })

  it('reports undefined ratios as null instead of dividing by zero', () => {
    const nothingPredicted = scoresOf({ tp: 0, fp: 0, fn: 5, tn: 5 })
    expect(nothingPredicted.precision).toBeNull()
    expect(nothingPredicted.recall).toBe(0)
    expect(nothingPredicted.f1).toBe(0)

    const nothingToFind = scoresOf({ tp: 0, fp: 0, fn: 0, tn: 4 })
    expect(nothingToFind.recall).toBeNull()
    expect(nothingToFind.f1).toBeNull()
    expect(nothingToFind.accuracy).toBe(1)

    expect(scoresOf(emptyConfusion()).accuracy).toBeNull()
    expect(ratio(1, 0)).toBeNull()
  })

  it('merges tallies and groups them by key', () => {
    const grouped = new GroupedConfusion()
    grouped.add('ja', true, true)
    grouped.add('ja', false, true)
    grouped.add('nb', true, false)
    expect(grouped.get('ja')).toEqual({ tp: 1, fp: 1, fn: 0, tn: 0 })
    expect(grouped.get('ko')).toEqual(emptyConfusion())
    expect(grouped.keys()).toEqual(['ja', 'nb'])
    expect(grouped.overall()).toEqual(mergeConfusions([grouped.get('ja'), grouped.get('nb')]))
    expect(grouped.overall()).toEqual({ tp: 1, fp: 1, fn: 1, tn: 0 })
  })

  it('labels a ticket negative for the baseline only when the summed score is below zero', () => {
    expect(baselineSaysNegative([-3, 1])).toBe(true)
    expect(baselineSaysNegative([-2, 2])).toBe(false)
    expect(baselineSaysNegative([])).toBe(false)
    expect(baselineSaysNegative([0, 0])).toBe(false)
  })

  it('formats ratios for tables', () => {
    expect(formatRatio(0.8333)).toBe('0.83')
    expect(formatRatio(1, 1)).toBe('1.0')
    expect(formatRatio(null)).toBe('—')
  })
})
