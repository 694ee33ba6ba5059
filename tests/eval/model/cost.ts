/**
 * What the learned model costs per ticket, beside the rule engine, in the same run (CPU time, so the shared
 * machine's load matters less): `npx tsx tests/eval/model/cost.ts [rounds]`.
 * Runs on the dev sets (devset + blind-3 + blind-4 + blind-5) with the shipped weights.
 */
import { assess, assessWithLearned } from '../../../src/core/detect'
import { unpackModel, type TextModel } from '../../../src/core/detect/learned/codec'
import { strongestSentence } from '../../../src/core/detect/learned/evidence'
import { modelLogit } from '../../../src/core/detect/learned/score'
import * as weights from '../../../src/core/detect/learned/weights'
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import { readLabelled } from './data'

const rounds = Number(process.argv[2] ?? 5)
const tickets = (
  await Promise.all((['devset', 'blind3', 'blind4', 'blind5'] as const).map((s) => readLabelled(s)))
).flat()
const models = new Map<string, TextModel>()
for (const [lang, packed] of Object.entries(weights)) models.set(lang, unpackModel(packed))
const modelOf = (lang: string): TextModel => models.get(lang as LangCode) as TextModel

function cpuMs(run: () => void): number {
  const start = process.cpuUsage()
  for (let r = 0; r < rounds; r++) run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / rounds
}

// Warm up every path once (JIT, compiled lexicons).
let sink = 0
for (const t of tickets)
  sink +=
    assess(t.ticket).severity +
    assessWithLearned(undefined, t.ticket).severity +
    (modelLogit(modelOf(t.lang), t.ticket, []) ?? 0)

const unpack = cpuMs(() => {
  for (const packed of Object.values(weights)) sink += unpackModel(packed).bias
})
const rules = cpuMs(() => {
  for (const t of tickets) sink += assessWithLearned(undefined, t.ticket).severity
})
const combined = cpuMs(() => {
  for (const t of tickets) sink += assess(t.ticket).severity
})
const logit = cpuMs(() => {
  for (const t of tickets) sink += modelLogit(modelOf(t.lang), t.ticket, []) ?? 0
})
const evidence = cpuMs(() => {
  for (const t of tickets) sink += strongestSentence(modelOf(t.lang), t.ticket)?.evidence.text.length ?? 0
})
const chars = tickets.reduce((s, t) => s + t.ticket.comments.reduce((c, m) => c + m.body.length, 0), 0)
const per = (ms: number): string => `${((ms * 1000) / tickets.length).toFixed(1)} µs`
process.stdout.write(
  `${tickets.length} tickets (${Math.round(chars / tickets.length)} characters of comments each on average), ${rounds} rounds, CPU time\n` +
    `rules alone (assess, no model):  ${per(rules)} per ticket\n` +
    `rules + model (assess, shipped): ${per(combined)} per ticket (+${((100 * (combined - rules)) / rules).toFixed(0)}%)\n` +
    `model logit on every ticket:     ${per(logit)} per ticket (${((100 * logit) / rules).toFixed(0)}% of the rules)\n` +
    `evidence sentence (every ticket): ${per(evidence)} per ticket; computed only when the model raises one\n` +
    `unpacking nine models:           ${unpack.toFixed(2)} ms once\n` +
    `(checksum ${sink.toFixed(0)})\n`,
)
