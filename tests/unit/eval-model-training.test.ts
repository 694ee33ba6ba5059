import { describe, expect, it } from 'vitest'
import { ticketVector as ticketFeatures, withRuleFeatures, type SparseVector } from '../eval/model/features'
import { RULE_FEATURES, RULE_VALUE } from '../../src/core/detect/learned/rule-features'
import { QUANT_LEVELS, decodeLevels } from '../../src/core/detect/learned/codec'
import { plattFit } from '../eval/model/calibrate'
import { auc, dot, trainLogistic } from '../eval/model/logistic'
import { dequantize, encodeWeights, quantize, ruleWeights } from '../eval/model/quantize'
import { said } from './detect/ticket'

/** A toy language: complaints mention "broken" or "refund", calm tickets "thanks" or "question". */
const TOY: Array<[string, boolean]> = [
  ['The blender arrived broken and nobody answers', true],
  ['Still broken after the repair, I want a refund', true],
  ['Refund me now, the lamp is broken', true],
  ['Second time broken, really annoying', true],
  ['Thanks, quick question about my plan', false],
  ['A question about invoices, thanks a lot', false],
  ['Thanks for the help, all good now', false],
  ['Quick question: can I change the address?', false],
]
const BITS = 10
const xs: SparseVector[] = TOY.map(([text]) =>
  ticketFeatures(said('en', text), 'latin', { bits: BITS, lastSeparate: true, normPad: 0 }),
)
const ys = TOY.map(([, y]) => y)

describe('learned model training (tests/eval/model)', () => {
  it('learns a tiny separable toy language and ranks unseen sentences', () => {
    const model = trainLogistic(xs, ys, 1 << BITS, { l2: 1e-3, iterations: 300 })
    expect(
      auc(
        xs.map((x) => dot(model, x)),
        ys,
      ),
    ).toBe(1)
    const unseenBad = ticketFeatures(said('en', 'It is broken again, refund please'), 'latin', {
      bits: BITS,
      lastSeparate: true,
      normPad: 0,
    })
    const unseenCalm = ticketFeatures(said('en', 'Thanks! One question about the plan'), 'latin', {
      bits: BITS,
      lastSeparate: true,
      normPad: 0,
    })
    expect(dot(model, unseenBad)).toBeGreaterThan(0)
    expect(dot(model, unseenCalm)).toBeLessThan(0)
  })

  it('is deterministic: the same examples give bit-identical weights', () => {
    const a = trainLogistic(xs, ys, 1 << BITS, { l2: 1e-3, iterations: 50 })
    const b = trainLogistic(xs, ys, 1 << BITS, { l2: 1e-3, iterations: 50 })
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true)
    expect(a.bias).toBe(b.bias)
  })

  it('stronger regularisation gives smaller weights', () => {
    const norm = (w: Float64Array): number => Math.hypot(...w)
    const loose = trainLogistic(xs, ys, 1 << BITS, { l2: 1e-4, iterations: 200 })
    const tight = trainLogistic(xs, ys, 1 << BITS, { l2: 1, iterations: 200 })
    expect(norm(tight.weights)).toBeLessThan(norm(loose.weights))
  })

  it('quantises to levels with the largest weights kept, and the text form round-trips', () => {
    const model = trainLogistic(xs, ys, 1 << BITS, { l2: 1e-3, iterations: 200 })
    const q = quantize(model, BITS, 40)
    expect(q.levels.filter((v) => v !== 0).length).toBeLessThanOrEqual(40)
    expect(Math.max(...q.levels.map(Math.abs))).toBe(QUANT_LEVELS)
    const { gaps, values } = encodeWeights(q)
    expect(decodeLevels(gaps, values, BITS)).toEqual(q.levels)
    // The kept weights are within half a step of the float ones (the scale is rounded to 6 digits); the ranking survives.
    const back = dequantize(q)
    q.levels.forEach((v, i) => {
      if (v !== 0)
        expect(Math.abs((back.weights[i] as number) - (model.weights[i] as number))).toBeLessThanOrEqual(
          q.scale / 2 + 1e-5,
        )
    })
    expect(
      auc(
        xs.map((x) => dot(back, x)),
        ys,
      ),
    ).toBe(1)
  })

  it('learns what a rule feature is worth beside the words, and ships it apart from the pruned buckets', () => {
    // Rule feature 0 marks every complaint; the words alone would separate them too, so both share the work.
    const withRules = xs.map((x, i) => withRuleFeatures(x, ys[i] ? [0] : [1], BITS))
    expect(Array.from(withRules[0]?.index ?? []).slice(-1)).toEqual([1 << BITS])
    expect(Array.from(withRules[0]?.value ?? []).slice(-1)).toEqual([RULE_VALUE])
    const dim = (1 << BITS) + RULE_FEATURES.length
    const model = trainLogistic(withRules, ys, dim, { l2: 1e-3, iterations: 200 })
    const rules = ruleWeights(model, BITS)
    expect(rules).toHaveLength(RULE_FEATURES.length)
    expect(rules[0]).toBeGreaterThan(0)
    expect(rules[1]).toBeLessThan(0)
    expect(rules[0]).toBeCloseTo((model.weights[1 << BITS] as number) * RULE_VALUE, 3)
    // Pruning keeps word buckets only: the rule weights are not among the levels.
    const q = quantize(model, BITS, 5)
    expect(q.levels).toHaveLength(1 << BITS)
    expect(q.levels.filter((v) => v !== 0).length).toBeLessThanOrEqual(5)
  })

  it('calibrates logits with Platt scaling: a scaled, shifted logistic is recovered', () => {
    // Labels drawn deterministically so that P(negative | z) = σ(2z − 1).
    const z: number[] = []
    const labels: boolean[] = []
    for (let i = 0; i < 400; i++) {
      const zi = -3 + (6 * i) / 400
      const p = 1 / (1 + Math.exp(-(2 * zi - 1)))
      for (let k = 0; k < 100; k++) {
        z.push(zi)
        labels.push(k < Math.round(p * 100))
      }
    }
    const [a, b] = plattFit(z, labels)
    expect(a).toBeCloseTo(2, 1)
    expect(b).toBeCloseTo(-1, 1)
  })

  it('auc counts ties as half', () => {
    expect(auc([1, 1], [true, false])).toBe(0.5)
    expect(auc([0, 1, 2], [false, true, true])).toBe(1)
    expect(auc([2, 1, 0], [false, true, true])).toBe(0)
  })
})
