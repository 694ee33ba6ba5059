import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess, assessWithLearned } from '../../../src/core/detect'
import {
  QUANT_LEVELS,
  decodeLevels,
  encodeLevels,
  unpackModel,
  type TextModel,
} from '../../../src/core/detect/learned/codec'
import {
  learnedMove,
  restsOnToneAlone,
  type Combination,
  type RulesVerdict,
} from '../../../src/core/detect/learned/combine'
import { ticketFeatures, type FeatureScript } from '../../../src/core/detect/learned/features'
import { RULE_FEATURES, ruleFeatureIndexes } from '../../../src/core/detect/learned/rule-features'
import * as MODELS from '../../../src/core/detect/learned/weights'
import { said, ticket } from './ticket'

const hashesOf = (text: string, script: FeatureScript = 'latin', lastSeparate = false): number[] => {
  const seen = new Set<number>()
  ticketFeatures(said(script === 'latin' ? 'en' : script, text), script, lastSeparate, {
    add: (h) => void seen.add(h),
  })
  return [...seen].sort((a, b) => a - b)
}

describe('learned model: feature hashing', () => {
  it('is stable: a fixed text gives fixed buckets', () => {
    expect(hashesOf('Not ok!').map((h) => h & 4095)).toMatchInlineSnapshot(`
      [
        3928,
        1370,
        2337,
        2743,
        3599,
        576,
        3181,
        1726,
        3607,
        1294,
        614,
        3431,
      ]
    `)
    expect(hashesOf('遅い', 'ja').map((h) => h & 4095)).toMatchInlineSnapshot(`
      [
        3478,
        212,
        4055,
      ]
    `)
  })

  it('folds case, accents and digits, and reads words without building strings per word', () => {
    expect(hashesOf('Déçu, livré le 12')).toEqual(hashesOf('decu, LIVRE le 97'))
    expect(hashesOf('colour')).not.toEqual(hashesOf('color'))
  })

  it('emits the latest comment a second time in its own namespace, and only that one', () => {
    const one = hashesOf('late again', 'latin', false)
    const two = hashesOf('late again', 'latin', true)
    expect(two.length).toBe(one.length * 2)
    const older = new Set<number>()
    ticketFeatures(ticket('en', ['late again', 'fine now']), 'latin', true, { add: (h) => void older.add(h) })
    // "fine now" is the latest: doubled; "late again" only once.
    expect(older.size).toBe(hashesOf('late again').length + 2 * hashesOf('fine now').length - overlap())
    function overlap(): number {
      const a = new Set(hashesOf('late again'))
      return hashesOf('fine now').filter((h) => a.has(h)).length
    }
  })

  it('keeps n-grams inside runs for ja/ko/th and counts punctuation on its own', () => {
    expect(hashesOf('ありがとう！', 'ja')).toEqual(expect.arrayContaining(hashesOf('！', 'ja')))
    expect(hashesOf('ช้ามาก', 'th').length).toBeGreaterThan(0)
  })
})

describe('learned model: codec', () => {
  it('round-trips any levels, long gaps included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 4095 }), fc.integer({ min: -QUANT_LEVELS, max: QUANT_LEVELS })),
          {
            maxLength: 200,
          },
        ),
        (entries) => {
          const levels = new Int8Array(4096)
          for (const [i, v] of entries) levels[i] = v
          const { gaps, values } = encodeLevels(levels)
          expect(decodeLevels(gaps, values, 12)).toEqual(levels)
          expect(`${gaps}${values}`).not.toMatch(/['"\\`]/)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('names a corrupt model instead of reading garbage', () => {
    expect(() => decodeLevels('~~~', '#', 12)).toThrow(/learned model/)
    const one = encodeLevels(Int8Array.of(0, 0, 0, -QUANT_LEVELS))
    expect(decodeLevels(one.gaps, one.values, 2)).toEqual(Int8Array.of(0, 0, 0, -QUANT_LEVELS))
    expect(() => decodeLevels(one.gaps, one.values, 1)).toThrow(/out of range/)
    expect(() => decodeLevels(one.gaps, '"', 2)).toThrow(/bad character/)
    expect(() => decodeLevels('##', '#', 12)).toThrow(/disagree/)
  })

  it('ships nine models of at most 1,000 weights, each with its calibration and the chosen combination', () => {
    for (const packed of Object.values(MODELS)) {
      const model = unpackModel(packed)
      expect(model.weights.filter((w) => w !== 0).length).toBeLessThanOrEqual(1000)
      expect(model.calibration[0]).toBeGreaterThan(0)
    }
  })
})

const rules = (level: RulesVerdict['level'], toneOnly = true, resolved = false): RulesVerdict => ({
  level,
  toneOnly,
  resolved,
})
const C: Combination = { raise: 0.75, resolvedRaise: 0.9, noneRaise: 0.8, lower: 0.2 }
const logit = (p: number): number => Math.log(p / (1 - p))

describe('learned model: combination', () => {
  it('never overrules a verdict resting on a strong reason, nor an urgent one', () => {
    expect(learnedMove(rules('recover', false), -20, C, 'normal')).toBeNull()
    expect(learnedMove(rules('urgent', true), -20, C, 'normal')).toBeNull()
    expect(restsOnToneAlone([{ code: 'negative_sentiment' }, { code: 'churn_threat' }])).toBe(false)
    expect(restsOnToneAlone([{ code: 'anger_cues', params: { cue: 'caps' } }])).toBe(false)
    expect(
      restsOnToneAlone([{ code: 'anger_cues', params: { cue: 'sarcasm' } }, { code: 'high_priority' }]),
    ).toBe(true)
    for (const code of [
      'csat_bad',
      'history_bad_csat',
      'long_reply_gap',
      'customer_chasing',
      'reopened',
      'repeat_contact',
    ])
      expect(restsOnToneAlone([{ code: 'polite_disappointment' }, { code }])).toBe(false)
  })

  it('raises at t_raise (t_resolved after a resolved ending) and lowers below t_lower', () => {
    expect(learnedMove(rules('watch'), logit(0.76), C, 'normal')).toBe('raise')
    expect(learnedMove(rules('none'), logit(0.74), C, 'normal')).toBeNull()
    expect(learnedMove(rules('watch', true, true), logit(0.8), C, 'normal')).toBeNull()
    expect(learnedMove(rules('watch', true, true), logit(0.91), C, 'normal')).toBe('raise')
    expect(learnedMove(rules('recover'), logit(0.19), C, 'normal')).toBe('lower')
    expect(learnedMove(rules('recover'), logit(0.21), C, 'normal')).toBeNull()
    expect(learnedMove(rules('recover'), logit(0.01), { ...C, lower: 0 }, 'normal')).toBeNull()
  })

  it('sensitivity moves the thresholds: high speaks up sooner, low later', () => {
    expect(learnedMove(rules('watch'), logit(0.7), C, 'high')).toBe('raise')
    expect(learnedMove(rules('watch'), logit(0.8), C, 'low')).toBeNull()
  })
})

/**
 * A model that reads "faced" and "car park" as unhappy: weights on exactly those words' buckets; `rules` gives
 * what each rule feature adds (none by default).
 */
function toyModel(combination: Combination, rules: Record<string, number> = {}): TextModel {
  const weights = new Float32Array(4096)
  for (const h of hashesOf('faced car park'))
    weights[h & 4095] = (weights[h & 4095] as number) + (h >>> 31 ? -3 : 3)
  return {
    lang: 'en',
    script: 'latin',
    bits: 12,
    lastSeparate: false,
    normPad: 0,
    bias: 0,
    calibration: [1, 0],
    combination,
    weights,
    rules: RULE_FEATURES.map((name) => rules[name] ?? 0),
  }
}

describe('learned model: in the engine', () => {
  const t = said('en', 'Checked in on Friday. The room faced the car park. See you next year.')
  it('raises a quiet ticket with a learned_tone reason quoting the sentence that weighs most', () => {
    const model = toyModel({ raise: 0.6, resolvedRaise: 0.6, noneRaise: 0.6, lower: 0 })
    const a = assessWithLearned({ modelFor: () => model }, t)
    expect(a.negative).toBe(true)
    const reason = a.reasons.find((r) => r.code === 'learned_tone')
    expect(reason?.evidence).toEqual({
      kind: 'quote',
      text: 'The room faced the car park.',
      commentIndex: 0,
      commentId: 'c0',
      field: 'comment',
    })
    expect(a.detectedAt).toBe(t.comments[0]?.createdAt)
  })

  it('leaves the verdict alone below the threshold, and without a model', () => {
    const model = toyModel({ raise: 0.9999, resolvedRaise: 0.9999, noneRaise: 0.9999, lower: 0 })
    expect(assessWithLearned({ modelFor: () => model }, t).reasons.map((r) => r.code)).not.toContain(
      'learned_tone',
    )
    expect(assessWithLearned(undefined, t).negative).toBe(false)
  })

  it('reads what the rules found: a rule feature moves the probability, absent ones do not', () => {
    const C6 = { raise: 0.6, resolvedRaise: 0.6, noneRaise: 0.6, lower: 0 }
    const found = assessWithLearned(undefined, t)
    // The rules see nothing in this ticket: only the level feature applies.
    expect(found.reasons).toEqual([])
    expect(assessWithLearned({ modelFor: () => toyModel(C6, { 'level:none': -20 }) }, t).negative).toBe(false)
    expect(
      assessWithLearned({ modelFor: () => toyModel(C6, { 'level:watch': -20, 'reason:csat_bad': -20 }) }, t)
        .negative,
    ).toBe(true)
  })

  it("lists each rule feature once, in index order, and skips the model's own reason", () => {
    const reasons = [
      { code: 'polite_disappointment' },
      { code: 'learned_tone' },
      { code: 'polite_disappointment' },
    ]
    const idx = ruleFeatureIndexes('watch', reasons)
    expect(idx.map((i) => RULE_FEATURES[i])).toEqual(['level:watch', 'reason:polite_disappointment'])
    expect(RULE_FEATURES).not.toContain('reason:learned_tone')
    expect(new Set(RULE_FEATURES).size).toBe(RULE_FEATURES.length)
  })

  it('refuses a packed model whose rule weights do not match the rule features', () => {
    const packed = Object.values(MODELS)[0] as (typeof MODELS)['en']
    expect(() => unpackModel({ ...packed, rules: packed.rules.slice(1) })).toThrow(/retrain/)
  })

  it('the shipped models keep a calm constructed ticket calm', () => {
    expect(
      assess(said('en', 'Hi, could you tell me how to change the billing address on my account? Thanks!')),
    ).toMatchObject({
      negative: false,
    })
  })
})
