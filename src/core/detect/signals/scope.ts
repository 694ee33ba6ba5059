/**
 * How far a cue reaches over a complaint word: negation ("not bad", 悪くない), a conditional ("if it arrives
 * damaged"), intensifiers ("very", "du tout", มาก) and contrast ("…but" weighs the clause after).
 */
import { TEXT } from '../weights'
import {
  closesClause,
  hasBreak,
  isClauseBreak,
  isLatinClauseBreak,
  isSentenceEnd,
  wordsBetween,
} from './clause'
import type { ScanContext } from './context'
import type { Positioned, Span } from './findings'

/** Whether a clause opener ("and", "why", lexicon `clauseOpeners`) lies between two offsets of a Latin text. */
export function endsScope(ctx: ScanContext, from: number, to: number): boolean {
  const openers = ctx.matcher.clauseOpeners
  if (openers.size === 0 || to - from < 2) return false
  const between = ctx.norm.text.slice(from, to).trim()
  if (between === '') return false
  const words = between.split(' ')
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string
    if (openers.has(word) || (k + 1 < words.length && openers.has(`${word} ${words[k + 1]}`))) return true
  }
  return false
}

/** Whether another hit lies between `hit` and the post-posed negator `n`. */
function interrupted(hit: Span, n: Span, others: readonly Span[]): boolean {
  for (const o of others) if (o !== hit && o.start >= hit.end && o.end <= n.start) return true
  return false
}

/**
 * The negator that scopes over a hit, if any. Pre-posed: within a few words (Latin) or characters, same clause.
 * Post-posed (ja/ko/th): right after the hit with no other hit in between, since it negates the nearest word
 * (不具合が直らない negates 直る, not 不具合).
 */
export function negatedBy(
  hit: Span,
  pre: readonly Positioned[],
  post: readonly Positioned[],
  others: readonly Span[],
  ctx: ScanContext,
): Positioned | null {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  // Nearest pre-posed negator first; stop once out of reach.
  for (let k = pre.length - 1; k >= 0; k--) {
    const n = pre[k]
    if (!n || n.end > hit.start) continue
    if (latin) {
      if (wordsBetween(text, n.end, hit.start) > TEXT.latinNegationWords) break
      if (!hasBreak(text, n.end, hit.start, isLatinClauseBreak) && !endsScope(ctx, n.end, hit.start)) return n
    } else {
      const window = ctx.matcher.script === 'th' ? TEXT.thaiPreWindow : TEXT.cjkPreWindow
      if (hit.start - n.end > window) break
      if (!hasBreak(text, n.end, hit.start, isClauseBreak)) return n
    }
  }
  for (const n of post) {
    if (n.start < hit.end) continue
    if (n.start - hit.end > TEXT.cjkPostWindow) break
    if (!interrupted(hit, n, others) && !hasBreak(text, hit.end, n.start, isClauseBreak)) return n
  }
  return null
}

/**
 * Whether a conditional ("if", "falls", ถ้า, もし) opens the clause a hit is in: within a few words (Latin) or
 * characters before it, with no clause break or new clause between.
 */
export function hypothetical(hit: Span, conditionals: readonly Positioned[], ctx: ScanContext): boolean {
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  for (const c of conditionals) {
    if (c.end > hit.start) break
    if (latin) {
      if (
        wordsBetween(text, c.end, hit.start) <= TEXT.conditionalLatinWords &&
        !hasBreak(text, c.end, hit.start, isLatinClauseBreak) &&
        !endsScope(ctx, c.end, hit.start)
      )
        return true
    } else if (
      hit.start - c.end <= TEXT.conditionalCjkChars &&
      !hasBreak(text, c.end, hit.start, isClauseBreak)
    ) {
      return true
    }
  }
  return false
}

const NO_INTENSIFIERS: readonly Positioned[] = []

export function intensifiersOf(
  hit: Span,
  intensifiers: readonly Positioned[],
  ctx: ScanContext,
): readonly Positioned[] {
  if (intensifiers.length === 0) return NO_INTENSIFIERS
  const text = ctx.norm.text
  const latin = ctx.matcher.script === 'latin'
  const found: Positioned[] = []
  for (const i of intensifiers) {
    if (i.end <= hit.start) {
      const close = latin
        ? wordsBetween(text, i.end, hit.start) <= TEXT.latinIntensifierWords
        : hit.start - i.end <= TEXT.cjkPreWindow + 2
      if (close && !hasBreak(text, i.end, hit.start, latin ? isLatinClauseBreak : isClauseBreak))
        found.push(i)
    } else if (i.start >= hit.end && !latin) {
      // Post-posed: Thai มาก/เลย, Japanese すぎ.
      if (i.start - hit.end <= 3 && !hasBreak(text, hit.end, i.start, isClauseBreak)) found.push(i)
    } else if (i.start >= hit.end) {
      // Post-posed in Latin text only where it closes the clause: "se alarga demasiado.", "pas chaleureux du
      // tout", "not happy with it at all!" — not "seit drei Wochen und bin sehr zufrieden".
      if (
        closesClause(text, i.end) &&
        wordsBetween(text, hit.end, i.start) <= TEXT.latinIntensifierWords &&
        !hasBreak(text, hit.end, i.start, isLatinClauseBreak) &&
        !endsScope(ctx, hit.end, i.start)
      )
        found.push(i)
    }
  }
  return found
}

/** Contrast: hits in the same clause-run before the last "but" count less, those after it more. */
export function contrastFactor(position: number, contrasts: readonly Positioned[], text: string): number {
  let factor = 1
  for (const c of contrasts) {
    if (position < c.start) {
      if (!hasBreak(text, position, c.start, isSentenceEnd)) factor = TEXT.contrastBefore
    } else if (position >= c.end) {
      factor = hasBreak(text, c.end, position, isSentenceEnd) ? 1 : TEXT.contrastAfter
    }
  }
  return factor
}
