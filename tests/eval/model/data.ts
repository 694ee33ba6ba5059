/**
 * The labelled sets the model may read — named one by one, never globbed, so blind sets 10 and 11 and the
 * hold-out files can never be picked up — and the rule engine's verdict on each ticket. Blind sets 5–9 are dev
 * data since their first runs (tests/eval/README.md): the protocol scores them out of sample, the shipped weights
 * train on them.
 * Training sets A, B and C were written for the model, by helpers who never saw src/ or any other set; the rules
 * were never tuned on them either, so the protocol scores them out of sample too.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { TicketSnapshot } from '../../../src/core/model'
import { DEV_SET_PATHS, languageOf, readSets, type DevSetName } from '../devset'
import type { Example } from './cv'

export type SetName = DevSetName
/** The sets the model may read: the dev set (../devset.ts), by name, from the project's root. */
export const SETS = Object.fromEntries(
  Object.entries(DEV_SET_PATHS).map(([name, path]) => [name, `tests/eval/${path}`]),
) as Record<SetName, string>

/**
 * Sets the rules were never tuned on: only there are the rules' findings honest features for the model
 * (src/core/detect/learned/rule-features.ts). On devset and blind 3–4 the rules are memorised (F1 ≈ 1.00): a
 * model that learned from their findings there would learn to trust them blindly.
 */
export const RULES_UNSEEN: readonly SetName[] = [
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'trainA',
  'trainB',
  'trainC',
]

export interface Labelled {
  set: SetName
  id: string
  lang: string
  slice: string
  negative: boolean
  ticket: TicketSnapshot
}

export async function readLabelled(set: SetName): Promise<Labelled[]> {
  const out: Labelled[] = []
  for await (const { result, line, file } of readSets([SETS[set]])) {
    if (!result.ok) throw new Error(`${file ?? SETS[set]}:${line}: ${result.problems.join('; ')}`)
    const { label, ticket } = result.value
    out.push({
      set,
      id: ticket.id,
      lang: languageOf(ticket.locale),
      slice: label.case,
      negative: label.negative,
      ticket,
    })
  }
  return out
}

type Assess = (t: TicketSnapshot) => { negative: boolean; severity: number; reasons: { code: string }[] }

/** Reasons about tone: the only ones a guarded model may overrule (amplifiers ride along). */
const TONE = new Set([
  'negative_sentiment',
  'polite_disappointment',
  'anger_cues',
  'high_priority',
  'public_channel',
])

export interface RulesVersion {
  name: string
  /** Commit of src/core the engine is taken from; null = this worktree. */
  commit: string | null
  note: string
}

/** Round 3 (blind set 3's first run) and round 4 (blind set 4's first run), both reproducible from git. */
export const RULES: Record<'round3' | 'round4', RulesVersion> = {
  round3: { name: 'round 3', commit: 'e934d51', note: 'never saw blind-3 or blind-4' },
  round4: { name: 'round 4', commit: null, note: 'tuned on blind-3, never saw blind-4' },
}

/** Loads the detector of a commit from `git archive` into a temporary folder, or this worktree's. */
export async function loadRules(version: RulesVersion): Promise<Assess> {
  let entry = resolve('src/core/detect/index.ts')
  if (version.commit) {
    const dir = resolve('tmp/detect-model', version.commit)
    if (!existsSync(join(dir, 'src/core/detect/index.ts'))) {
      mkdirSync(dir, { recursive: true })
      const tar = execFileSync('git', ['archive', version.commit, 'src/core'])
      execFileSync('tar', ['-x', '-C', dir], { input: tar })
    }
    entry = join(dir, 'src/core/detect/index.ts')
  }
  const mod = (await import(pathToFileURL(entry).href)) as { assess: Assess }
  return mod.assess
}

export function withRules(items: readonly Labelled[], assess: Assess): Example[] {
  return items.map((item) => {
    const a = assess(item.ticket)
    const toneOnly = a.reasons.every((r) => TONE.has(r.code))
    return { ...item, severity: a.severity, rulesNegative: a.negative, toneOnly }
  })
}
