import { describe, expect, it } from 'vitest'
import { decodeWeights, unpackModel, type PackedModel, type TextModel } from '../eval/model/codec'
import { hashString, normalizeForModel, ticketFeatures, toBuckets } from '../eval/model/features'
import { modelLogit, strongestSentence } from '../eval/model/score'
import { withLearnedModel } from '../eval/model/verdict'
import type { ModelReason } from '../eval/model/verdict'
import { dot, trainLogistic } from '../eval/model/logistic'
import { encodeWeights, quantize } from '../eval/model/quantize'
import { said, ticket } from './detect/ticket'

const BITS = 10
const OPTIONS = { bits: BITS, lastSeparate: true }
const TOY: Array<[string, boolean]> = [
  ['The kettle arrived broken and nobody answers me', true],
  ['Broken again after the repair, I want a refund', true],
  ['Refund me, the lamp is broken', true],
  ['Thanks, a quick question about my plan', false],
  ['A question about invoices, thanks a lot', false],
  ['Thanks for the help, all good now', false],
]

/** A toy English model, trained and packed the way tests/eval/model/train.ts does it. */
function toyModel(combination: PackedModel['combination'] = { w: 100, b: 0, addOnly: false }): {
  packed: PackedModel
  model: TextModel
} {
  const xs = TOY.map(([text]) => ticketFeatures(said('en', text), 'latin', OPTIONS))
  const float = trainLogistic(
    xs,
    TOY.map(([, y]) => y),
    1 << BITS,
    { l2: 1e-3, iterations: 300 },
  )
  const q = quantize(float, BITS, 200)
  const packed: PackedModel = {
    combination,
    lang: 'en',
    script: 'latin',
    bits: BITS,
    lastSeparate: true,
    scale: q.scale,
    bias: q.bias,
    weights: encodeWeights(q),
  }
  return { packed, model: unpackModel(packed) }
}

describe('learned model features', () => {
  it('hashes are fixed: changing them would silently void every shipped model', () => {
    expect(hashString(0, 'broken')).toBe(hashString(0, 'broken'))
    expect(hashString(0, 'broken')).not.toBe(hashString(1, 'broken'))
    expect(hashString(0, 'broken')).toBe(2879067523) // FNV-1a + murmur3 fmix32, checked by hand
  })

  it('normalises case, digits and Latin accents, but keeps Thai marks', () => {
    expect(normalizeForModel('Décevant: 3 SEMAINES', 'latin')).toBe('decevant: 0 semaines')
    expect(normalizeForModel('ผิดหวัง', 'th')).toBe('ผิดหวัง')
    expect(normalizeForModel('ＡＢＣ１２', 'ja')).toBe('abc00')
  })

  it('folds hashes into sorted signed buckets with unit length', () => {
    const v = toBuckets(new Set([0x00000001, 0x80000002, 0x00000403]), BITS)
    expect([...v.index]).toEqual([1, 2, 3])
    expect([...v.value]).toEqual([1, -1, 1].map((s) => s / Math.sqrt(3)))
    // Two features in one bucket with opposite signs cancel: the bucket is dropped.
    expect([...toBuckets(new Set([0x00000001, 0x80000001]), BITS).index]).toEqual([])
  })

  it('reads ja/ko/th by characters, without segmentation, deterministically', () => {
    for (const [lang, text] of [
      ['ja', '配送が遅れています'],
      ['ko', '배송이 늦어요'],
      ['th', 'ส่งของช้ามาก'],
    ] as const) {
      const a = ticketFeatures(said(lang, text), lang, OPTIONS)
      expect(a.index.length).toBeGreaterThan(5)
      expect(ticketFeatures(said(lang, text), lang, OPTIONS)).toEqual(a)
    }
  })
})

describe('learned model inference', () => {
  it('decodes the packed weights exactly and rejects a bucket out of range', () => {
    const { packed, model } = toyModel()
    const q = decodeWeights(packed.weights, BITS)
    q.forEach((v, i) => expect(model.weights[i]).toBeCloseTo(v * packed.scale, 6))
    expect(() => decodeWeights('2000 5', BITS)).toThrow(/out of range/)
  })

  it('scores a ticket as training does (same features, same logit)', () => {
    const { packed, model } = toyModel()
    const float = {
      weights: Float64Array.from(decodeWeights(packed.weights, BITS), (v) => v * packed.scale),
      bias: packed.bias,
    }
    for (const text of ['My toaster is broken, refund please', 'Thanks! Question about the plan']) {
      const t = said('en', text)
      expect(modelLogit(model, t)).toBeCloseTo(dot(float, ticketFeatures(t, 'latin', OPTIONS)), 5)
    }
    expect(modelLogit(model, said('en', 'It is broken, I want a refund'))).toBeGreaterThan(0)
    expect(modelLogit(model, said('en', 'Thanks, a question about my plan'))).toBeLessThan(0)
  })

  it('quotes the sentence that weighs most', () => {
    const { model } = toyModel()
    const t = ticket('en', ['Hello there. The blender came broken, I want a refund. Thanks for the help.'])
    expect(strongestSentence(model, t)).toEqual({
      text: 'The blender came broken, I want a refund.',
      field: 'comment',
      commentIndex: 0,
    })
  })
})

describe('the learned model in a verdict (signals/model.ts)', () => {
  const complaint = said('en', 'The lamp came broken. I want a refund.')
  const calm = said('en', 'Thanks, a question about invoices.')

  it('lifts a ticket the rules leave at watch to recover, quoting the customer', () => {
    const { model } = toyModel()
    const reasons: ModelReason[] = []
    const out = withLearnedModel(model, complaint, { level: 'watch', severity: 20 }, 'normal', reasons)
    expect(out).toEqual({ level: 'recover', severity: 40 })
    expect(reasons[0]?.code).toBe('learned_model')
    expect(reasons[0]?.evidence).toMatchObject({ kind: 'quote', commentIndex: 0 })
  })

  it('overrules the rules on a ticket it reads as calm, and says so', () => {
    const { model } = toyModel()
    const reasons: ModelReason[] = []
    const out = withLearnedModel(model, calm, { level: 'recover', severity: 45 }, 'normal', reasons)
    expect(out).toEqual({ level: 'watch', severity: 39 })
    expect(reasons.map((r) => r.code)).toEqual(['learned_model_calm'])
  })

  it('a guarded model overrules a verdict on tone, never one resting on an intent', () => {
    const { model } = toyModel({ w: 100, b: 0, addOnly: false, guarded: true })
    const ruled = { level: 'recover' as const, severity: 45 }
    const reason = (code: 'negative_sentiment' | 'churn_threat'): ModelReason[] => [
      { code, weight: 2, evidence: { kind: 'fact', text: 'x' }, at: null } as unknown as ModelReason,
    ]
    expect(withLearnedModel(model, calm, ruled, 'normal', reason('negative_sentiment')).level).toBe('watch')
    expect(withLearnedModel(model, calm, ruled, 'normal', reason('churn_threat'))).toEqual(ruled)
  })

  it('an add-only model never overrules, and sensitivity moves its threshold', () => {
    const { model } = toyModel({ w: 100, b: 0, addOnly: true })
    const ruled = { level: 'recover' as const, severity: 45 }
    expect(withLearnedModel(model, calm, ruled, 'normal', [])).toEqual(ruled)
    const z = modelLogit(model, complaint)
    const justBelow = toyModel({ w: 100, b: z + 0.25, addOnly: true }).model
    expect(withLearnedModel(justBelow, complaint, { level: 'none', severity: 0 }, 'normal', []).level).toBe(
      'none',
    )
    expect(withLearnedModel(justBelow, complaint, { level: 'none', severity: 0 }, 'high', []).level).toBe(
      'recover',
    )
  })
})
