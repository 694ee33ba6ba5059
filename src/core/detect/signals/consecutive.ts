/**
 * Two customer messages read as one, when chat splits a thought: "jeg bestilte str 43, grønn" then, six seconds
 * later, "men det lå str 42 i grå i pakken"; "Der Mitarbeiter hat mir 50 GB zugesagt" then "Jetzt steht 20 GB auf
 * der Rechnung"; "the technician cancelled again" then, after an agent's holding reply, "can't wait for this
 * week's excuse". Each comment is read alone first; a pair of consecutive customer comments no more than
 * PAIR_WINDOW_MS apart is then read joined, and only what needs both halves is kept:
 * - an unmet expectation whose expectation lies in the earlier message and whose turn lies in the later one
 *   (the evidence quotes both), when neither message has one alone;
 * - eagerness in the later message after a failure in the earlier one is sarcasm (added to the later message's
 *   own findings), unless the later message thanks or says the issue is fixed.
 * Everything else the joined reading finds was already found in one message and is dropped.
 */
import type { TextFindings, TextHit } from './findings'
import { emptyFindings } from './findings'
import { prepareText, type PreparedText } from './prepare'
import { parseIsoMs } from '../time'
import { isFailure, sarcasmAt } from './sarcasm'

/** A chat split or a quick follow-up: half an hour at most between the two customer messages. */
const PAIR_WINDOW_MS = 30 * 60_000

export interface ReadMessage {
  field: 'comment' | 'subject' | 'csat_comment'
  commentIndex: number
  at: string | null
  prepared: PreparedText
  findings: TextFindings
}

export interface JoinedReading<T> {
  /** The later message: the joined hits are reported on it. */
  later: T
  text: string
  prepared: PreparedText
  findings: TextFindings
}

const hasCue = (findings: TextFindings, cue: string): boolean =>
  findings.hits.some((h) => h.params.cue === cue)

/**
 * "Le technicien a encore annulé" then "J'ai ben hâte d'entendre l'excuse": eagerness right after a failure is
 * ironic, unless the later message thanks or says the issue is fixed ("can't wait to use it, thanks!").
 */
function eagerAfterFailure(earlier: TextFindings, later: TextFindings): TextHit | null {
  const eager = later.eager[0]
  if (!eager || later.resolution > 0 || hasCue(later, 'sarcasm')) return null
  return earlier.hits.some(isFailure) ? sarcasmAt(eager) : null
}

/**
 * Unmet expectations of the joined reading that need both messages; `boundary` is where the later one starts.
 * Called only when neither message holds one alone.
 */
function acrossOnly(joined: TextFindings, boundary: number): TextHit[] {
  const kept: TextHit[] = []
  for (const hit of joined.hits) {
    if (hit.params.cue === 'unmet_expectation' && hit.start < boundary && hit.end > boundary) kept.push(hit)
  }
  return kept
}

/**
 * Joined readings of consecutive customer comments; `read` analyses a prepared text as analyzeText does. The
 * results carry only the hits that need both messages (topics are not counted twice).
 */
export function acrossMessages<T extends ReadMessage>(
  sources: readonly T[],
  read: (text: PreparedText) => TextFindings,
): JoinedReading<T>[] {
  const comments = sources
    .filter((s) => s.field === 'comment' && s.at !== null)
    .sort((a, b) => a.commentIndex - b.commentIndex)
  const out: JoinedReading<T>[] = []
  for (let i = 1; i < comments.length; i++) {
    const earlier = comments[i - 1] as T
    const later = comments[i] as T
    const gap = parseIsoMs(later.at ?? '') - parseIsoMs(earlier.at ?? '')
    if (!(gap >= 0 && gap <= PAIR_WINDOW_MS)) continue
    const ironic = eagerAfterFailure(earlier.findings, later.findings)
    if (ironic) {
      later.findings.hits.push(ironic)
      later.findings.hasNegativity = true
    }
    // The joined reading only keeps an unmet expectation, which needs an expectation stated in one of the two:
    // without one, reading them again joined (a full analysis) cannot add anything.
    if (!earlier.findings.expects && !later.findings.expects) continue
    if (hasCue(earlier.findings, 'unmet_expectation') || hasCue(later.findings, 'unmet_expectation')) continue
    const head = earlier.prepared.stripped
    const prepared = prepareText(`${head}\n${later.prepared.stripped}`)
    const hits = acrossOnly(read(prepared), head.length + 1)
    if (hits.length === 0) continue
    const findings = emptyFindings()
    findings.hits = hits
    findings.hasNegativity = true
    // "mas chegou um preto" alone reads as "it arrived": with its first half it is no resolution.
    later.findings.hasNegativity = true
    out.push({ later, text: prepared.stripped, prepared, findings })
  }
  return out
}
