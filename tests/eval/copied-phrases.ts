/**
 * Finds lexicon entries copied from dev tickets (or tickets echoing entries written beside them): an entry of
 * 4+ words (8+ letters in ja/ko/th, a Thai letter counted with its vowel and tone marks) that appears verbatim in
 * a dev ticket's customer text and was committed no earlier than COMMITTED_WITH_MS before that ticket — in the
 * same commit, the same working session, or after the ticket existed (for a blind set's ticket, only at or after
 * it: see isWrittenBlind). Such an entry proves nothing about tickets
 * the detector has not seen; `copied-allowed.ts` lists the ones kept, each with its reason.
 *
 * Why that rule: four words in a row (or eight Japanese, Korean or Thai letters) rarely repeat by chance outside
 * set phrases, and an entry older than a ticket cannot have been copied from it. Entries not committed yet
 * count as committed now. Composed phrases (`x(…)` cross products) never appear literally in the source and are
 * not checked: they were written as categories, not sentences.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalize } from '../../src/core/detect/normalize'
import type { LangCode, Lexicon } from '../../src/core/detect/lexicon/types'

/** An entry committed up to this long before a ticket counts as committed with it. */
export const COMMITTED_WITH_MS = 10 * 60_000

const SPACELESS: ReadonlySet<LangCode> = new Set<LangCode>(['ja', 'ko', 'th'])
/** Combining marks (Thai vowel and tone marks, dakuten already composed by NFKC) are part of their letter. */
const MARKS_AND_SPACES = /[\s\p{M}]/gu

export interface LexiconPhrase {
  lang: LangCode
  /** As written in the lexicon source, with its `~`, `^` and `*`. */
  raw: string
  /** Normalised like comments are, without the syntax characters. */
  text: string
  stem: boolean
}

/** Every phrase of a lexicon, whatever its role. */
export function phrasesOf(lexicon: Lexicon): LexiconPhrase[] {
  const raws = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') raws.add(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'number') raws.add(key)
        else walk(inner)
      }
  }
  for (const [key, value] of Object.entries(lexicon)) if (key !== 'lang' && key !== 'script') walk(value)
  return [...raws].flatMap((raw) => {
    let phrase = raw.replace(/^[~^]+/, '').trim()
    const stem = phrase.endsWith('*')
    if (stem) phrase = phrase.slice(0, -1)
    const text = normalize(phrase).text
    return text === '' ? [] : [{ lang: lexicon.lang, raw, text, stem }]
  })
}

/** 4+ words, or 8+ letters in a language written without spaces between words. */
export function isLong(phrase: LexiconPhrase): boolean {
  return SPACELESS.has(phrase.lang)
    ? phrase.text.replace(MARKS_AND_SPACES, '').length >= 8
    : phrase.text.split(' ').length >= 4
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** Whether the normalised phrase occurs in the normalised text: as whole words in Latin text, anywhere otherwise. */
export function occursIn(phrase: LexiconPhrase, text: string): boolean {
  const spaceless = SPACELESS.has(phrase.lang)
  for (let at = text.indexOf(phrase.text); at >= 0; at = text.indexOf(phrase.text, at + 1)) {
    if (spaceless) return true
    const end = at + phrase.text.length
    if (!isWordChar(text[at - 1]) && (phrase.stem || !isWordChar(text[end]))) return true
  }
  return false
}

export interface DevTicketText {
  id: string
  lang: string
  /** The file it is committed in, for its commit time. */
  file: string
  /** Customer comments, subject and rating comment, normalised. */
  text: string
}

export interface CopiedPhrase {
  phrase: LexiconPhrase
  ticket: string
  entryCommittedAt: number
  ticketCommittedAt: number
}

/**
 * A blind set (`tests/eval/blind-N/`) was written by people who never opened `src/`: its author cannot have echoed
 * an entry written minutes before, so the same-session window does not apply to its tickets — only an entry
 * committed at or after the ticket (copied from it once it was read) counts.
 */
/** Blind sets and training sets: both written by helpers who never opened src/. */
export const isWrittenBlind = (file: string): boolean => /(^|[\\/])(blind-\d+|train-[a-z])[\\/]/.test(file)

/**
 * The decision itself: committed with the ticket, or after it. For a ticket written blind, only after it: an
 * entry that already existed cannot have been copied from it, and its author never saw the entry.
 */
export function committedWith(entryMs: number, ticketMs: number, writtenBlind = false): boolean {
  return entryMs >= ticketMs - (writtenBlind ? 0 : COMMITTED_WITH_MS)
}

/** First commit time (ms) of a change that adds `needle` to `file`; `regex` for -G, else literal -S. Null if none. */
export function firstCommitMs(root: string, needle: string, file: string, regex = false): number | null {
  const out = execFileSync(
    'git',
    ['log', '--reverse', '--format=%ct', regex ? `-G${needle}` : `-S${needle}`, '--', file],
    { cwd: root, encoding: 'utf8' },
  ).trim()
  const first = out.split('\n')[0]
  return first ? Number(first) * 1000 : null
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Long entries found verbatim in a ticket of their language and committed with it or after it. `now` stands
 * for entries not committed yet. Git is asked once per (entry, file) and (ticket) pair.
 */
export function copiedPhrases(
  root: string,
  lexicons: readonly Lexicon[],
  tickets: readonly DevTicketText[],
  now = Date.now(),
): CopiedPhrase[] {
  const ticketTimes = new Map<string, number>()
  const found: CopiedPhrase[] = []
  for (const lexicon of lexicons) {
    const file = `src/core/detect/lexicon/${lexicon.lang}.ts`
    for (const phrase of phrasesOf(lexicon).filter(isLong)) {
      const holders = tickets.filter((t) => t.lang === lexicon.lang && occursIn(phrase, t.text))
      if (holders.length === 0) continue
      // A phrase written only as a cross product never appears in the source: nothing to date.
      if (!readSource(root, file).includes(phrase.raw)) continue
      const entryMs = firstCommitMs(root, phrase.raw, file) ?? now
      for (const ticket of holders) {
        let ticketMs = ticketTimes.get(ticket.id)
        if (ticketMs === undefined) {
          ticketMs = firstCommitMs(root, `"id": ?"${escapeRegex(ticket.id)}"`, ticket.file, true) ?? now
          ticketTimes.set(ticket.id, ticketMs)
        }
        if (committedWith(entryMs, ticketMs, isWrittenBlind(ticket.file)))
          found.push({ phrase, ticket: ticket.id, entryCommittedAt: entryMs, ticketCommittedAt: ticketMs })
      }
    }
  }
  return found
}

const sources = new Map<string, string>()
function readSource(root: string, file: string): string {
  let text = sources.get(file)
  if (text === undefined) {
    text = readFileSync(join(root, file), 'utf8')
    sources.set(file, text)
  }
  return text
}
