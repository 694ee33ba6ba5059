/**
 * Irony constructions that carry no praise word the lexicons know, read on the original comment:
 * - an exclamative of a bare noun or adjective opening a sentence ("What a surprise.", "Quelle discrétion !",
 *   "Qué rapidez la suya", "Was für ein Service!", "For en service!", "なんと素早い", "ใจเย็นกันดีจัง") — it reads
 *   like praise, so sarcasmOf treats it as praise: ironic next to a failure, sincere in a calm or fixed comment;
 * - eagerness with words in between ("j'ai ben hâte", "I really can't wait", "mal posso mesmo esperar",
 *   "kann es wirklich kaum erwarten"), praise-like too;
 * - thanks for an ordinal repeat, the third or later ("thanks for the fourth identical email", "merci pour la
 *   énième relance", "4回目の自動返信ありがとうございます", "네 번째 안내 문자 감사합니다"): thanking someone for
 *   the same thing again and again is never sincere. Returned apart: it is sarcasm on its own.
 * Each pattern is a construction (a determiner, an ordinal class, a verb with a gap), never a ticket's phrase.
 */
import type { Span } from './findings'
import { literalSets } from './literals'

/** Sentence start: the text start, or after . ! ? … (and ¡ in Spanish). */
const START = String.raw`(?:^|[.!…。！\n]\s*|¡)`
/** A word of any script, Latin with apostrophes. */
const W = String.raw`[\p{L}'’-]+`

const EXCLAMATIVES: readonly Guarded[] = [
  // en: "What a surprise.", "What an efficient service!", "What timing," — not "what a … is", not a question.
  [
    ['what a ', 'what an '],
    new RegExp(String.raw`${START}(what an? ${W}(?: ${W})?)\s*(?=[!.,…]|$)`, 'giu'),
    'sentence',
  ],
  // fr: "Quelle discrétion !", "Quel suspense," — not "Quel est…?".
  [
    ['quel'],
    new RegExp(String.raw`${START}(quel(?:le)?s? (?!est\b|sont\b)${W}(?: ${W})?)\s*(?=[!.,…]|$)`, 'giu'),
    'sentence',
  ],
  // es: "Qué rapidez la suya", "¡Qué eficiencia!" (accented qué: the exclamative, not the conjunction).
  [
    ['qué '],
    new RegExp(String.raw`${START}(qué (?!tal\b|pasa\b)${W}(?: ${W}){0,2})\s*(?=[!.,…]|$)`, 'giu'),
    'sentence',
  ],
  // pt: "Que rapidez!", "Que eficiência, hein." — at most two words before the mark, so no clause.
  [
    ['que '],
    new RegExp(
      String.raw`${START}(que (?!(?:eu|o|a|os|as|você|vocês)\b)${W}(?: ${W})?)\s*(?=[!,…]|\.\s|$)`,
      'giu',
    ),
    'sentence',
  ],
  // de: "Was für ein Service!", "Welch ein Tempo."
  [
    ['was für', 'welch'],
    new RegExp(String.raw`${START}((?:was für|welch)(?: eine?[mnrs]?)? ${W})\s*(?=[!.,…]|$)`, 'giu'),
    'sentence',
  ],
  // nb: "For en service!", "For et tempo," (the Norwegian exclamative article).
  [
    ['for en ', 'for et ', 'for ei '],
    new RegExp(String.raw`${START}(for (?:en|et|ei) ${W})\s*(?=[!.,…]|$)`, 'giu'),
    'sentence',
  ],
  // ja: なんと/なんて + adjective, and verbs of admiration (感服, 脱帽) that no one says to a failing service.
  [
    ['なんと', 'なんて', '感服', '脱帽'],
    /(なん(?:と|て)[^\s。、！？]{1,10}(?:こと|の|ん)?でしょう|感服(?:いた)?し|脱帽)/gu,
  ],
  // ko: 참/정말/진짜 + a descriptive verb in the exclamative -네요/-군요 ("참 빠르시네요", "진짜 대단하시군요").
  [['참', '정말', '진짜'], /((?:참|정말|진짜)\s?[가-힣]{1,4}(?:시네요|하네요|시군요|하군요))/gu],
  // th: a quality + จัง/เหลือเกิน ("ดีจัง", "เร็วจังเลย", "ใจเย็นกันดีจัง").
  [['จัง', 'เหลือเกิน'], /((?:ดี|เร็ว|เก่ง|ไว)(?:จัง|เหลือเกิน))/gu],
]

const EAGER_GAPS: readonly Guarded[] = [
  [['wait'], /\b(can(?:no|['’])?t (?:\p{L}+ ){1,2}wait)\b/giu],
  [['hâte'], /(j['’]ai (?:\p{L}+ ){1,2}hâte)/giu],
  [['la hora', 'esperar'], /\b((?:no )?(?:veo|puedo) (?:\p{L}+ ){1,2}(?:la hora|esperar))\b/giu],
  [['esperar'], /\b(mal (?:\p{L}+ ){0,2}(?:posso|consigo)(?: \p{L}+){1,2} esperar)\b/giu],
  [['erwarten'], /\b(kann es (?:\p{L}+ ){1,2}kaum erwarten)\b/giu],
  [['til', 'vente'], /\b(gleder meg (?:\p{L}+ ){1,2}til|kan (?:\p{L}+ ){1,2}ikke vente)\b/giu],
]

/** Third or later, as ordinal words or numbers, and "nth"/"yet another". */
const ORDINAL_THANKS: readonly Guarded[] = [
  [
    ['thank'],
    /\b(thanks?(?: you)?(?: \p{L}+){0,2} for (?:the|this|my|your)? ?(?:third|fourth|fifth|sixth|umpteenth|nth|yet another)(?![- ]party)\b)/giu,
    true,
  ],
  [
    ['merci'],
    /\b(merci(?: \p{L}+)? pour (?:l[ae]|ce|cette|votre) ?(?:troisième|quatrième|cinquième|énième))/giu,
    true,
  ],
  [
    ['gracias'],
    /\b(gracias(?: \p{L}+)? por (?:el|la|este|esta|su) (?:tercer|cuart|quint|enésim)[oa]?)/giu,
    true,
  ],
  [
    ['obrigad'],
    /\b(obrigad[oa](?: \p{L}+)? (?:pel[oa]|por (?:est[ea]|[oa])) (?:terceir|quart|quint|enésim)[oa])/giu,
    true,
  ],
  [
    ['danke'],
    /\b(danke(?: \p{L}+)? für (?:die|den|das|diese[nrs]?|ihre[nr]?) (?:dritte|vierte|fünfte|x-te)\p{L}*)/giu,
    true,
  ],
  [['takk'], /\b(takk(?: \p{L}+)? for (?:den |det |denne |dette )?(?:tredje|fjerde|femte))/giu, true],
  [
    ['回目', '度目', '通目'],
    /((?:[3-9]|[三四五六])(?:回目|度目|通目)の[^。！？]{0,20}?(?:ありがとう|感謝))/gu,
  ],
  [['번째'], /((?:세|네|다섯|[3-9])\s?번째[^.!?]{0,20}?(?:감사|고맙))/gu],
  [['ขอบคุณ'], /(ขอบคุณ[^\n]{0,30}?(?:ครั้ง|ฉบับ|รอบ)ที่\s?(?:สาม|สี่|ห้า|[3-9]))/gu],
]

/**
 * Literals that every match of the pattern holds (any one of them, case aside), the pattern, and where a match may
 * start when that is known: at one of its literals (true), or at a sentence start (START). Case-insensitive
 * Unicode patterns with \p{L} get no fast prefix scan in V8: a global one reads the whole comment from every
 * position, so it is tried only at those starts (sticky) when the comment allows (see literals.ts).
 */
export type Guarded = readonly [literals: readonly string[], pattern: RegExp, starts?: true | 'sentence']

/** Every pattern in bit order (exported for tests/unit/detect/literals.test.ts). */
export const GROUPS: readonly Guarded[] = [...EXCLAMATIVES, ...EAGER_GAPS, ...ORDINAL_THANKS]
/** One pass over a comment tells which groups' literals it holds (a regex test per group cost ~10% of assess). */
const holdsLiterals = literalSets(GROUPS.map(([literals]) => literals))
/** Each pattern, sticky: tried at one position. */
const STICKY = new Map<RegExp, RegExp>(
  GROUPS.map(([, re]) => [re, new RegExp(re.source, re.flags.replace('g', '') + 'y')]),
)

/** Which irony patterns may match a text: pass it to the readers below. */
export interface IronyCandidates {
  text: string
  found: number
  /** text.toLowerCase() with the same offsets, made on first use; null when the scan was not `plain`. */
  lower: string | null | undefined
}

export function ironyCandidates(text: string): IronyCandidates {
  const { found, plain } = holdsLiterals(text)
  return { text, found, lower: plain ? undefined : null }
}

/** What START reads as a sentence start: the text start and . ! … 。 ！ \n ¡ (where START's match begins). */
const isStartChar = (c: number): boolean =>
  c === 46 || c === 33 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 10 || c === 0xa1

/** Every position where a match may begin in `lower`, ascending: a sentence start, or one of the literals. */
function startPositions(lower: string, starts: true | 'sentence', literals: readonly string[]): number[] {
  const at: number[] = []
  if (starts === 'sentence') {
    at.push(0)
    for (let i = 1; i < lower.length; i++) if (isStartChar(lower.charCodeAt(i))) at.push(i)
    return at
  }
  for (const literal of literals)
    for (let i = lower.indexOf(literal); i >= 0; i = lower.indexOf(literal, i + 1)) at.push(i)
  if (literals.length > 1) at.sort((a, b) => a - b)
  return at
}

/** Group 1 of a match, as a span. */
function pushGroup(spans: Span[], m: RegExpExecArray): void {
  const g = m[1]
  if (g === undefined) return
  const start = m.index + m[0].indexOf(g)
  spans.push({ start, end: start + g.length })
}

/**
 * Group 1 of each match of the patterns whose literals the text holds (bit `first + k` for patterns[k]), as spans.
 * Tried at the known starts only, the matches are those of the global pattern: it reports the leftmost match from
 * where the last one ended, and none can begin elsewhere.
 */
function spansOf(scan: IronyCandidates, patterns: readonly Guarded[], first: number): Span[] {
  const { text, found } = scan
  const spans: Span[] = []
  for (let k = 0; k < patterns.length; k++) {
    if ((found & (1 << (first + k))) === 0) continue
    const [literals, re, starts] = patterns[k] as Guarded
    if (starts !== undefined && scan.lower !== null) {
      const lower = (scan.lower ??= text.toLowerCase())
      const sticky = STICKY.get(re) as RegExp
      let from = 0
      for (const p of startPositions(lower, starts, literals)) {
        if (p < from) continue
        sticky.lastIndex = p
        const m = sticky.exec(text)
        if (m === null) continue
        pushGroup(spans, m)
        from = m.index + Math.max(1, m[0].length)
      }
      continue
    }
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      pushGroup(spans, m)
      if (m[0].length === 0) re.lastIndex++
    }
  }
  return spans
}

const EAGER_FIRST = EXCLAMATIVES.length
const ORDINAL_FIRST = EAGER_FIRST + EAGER_GAPS.length

/** Exclamatives: praise-like spans for sarcasmOf. */
export function exclamatives(scan: IronyCandidates): Span[] {
  return spansOf(scan, EXCLAMATIVES, 0)
}

/** Eagerness with words in between: praise-like too, and kept apart as eagerness. */
export function eagerWithGap(scan: IronyCandidates): Span[] {
  return spansOf(scan, EAGER_GAPS, EAGER_FIRST)
}

/** Thanks for a third or later repeat: sarcasm on its own. */
export function ordinalThanks(scan: IronyCandidates): Span | null {
  return spansOf(scan, ORDINAL_THANKS, ORDINAL_FIRST)[0] ?? null
}
