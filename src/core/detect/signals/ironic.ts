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

/** Sentence start: the text start, or after . ! ? … (and ¡ in Spanish). */
const START = String.raw`(?:^|[.!…。！\n]\s*|¡)`
/** A word of any script, Latin with apostrophes. */
const W = String.raw`[\p{L}'’-]+`

const EXCLAMATIVES: readonly Guarded[] = [
  // en: "What a surprise.", "What an efficient service!", "What timing," — not "what a … is", not a question.
  [/what an? /i, new RegExp(String.raw`${START}(what an? ${W}(?: ${W})?)\s*(?=[!.,…]|$)`, 'giu')],
  // fr: "Quelle discrétion !", "Quel suspense," — not "Quel est…?".
  [
    /quel/i,
    new RegExp(String.raw`${START}(quel(?:le)?s? (?!est\b|sont\b)${W}(?: ${W})?)\s*(?=[!.,…]|$)`, 'giu'),
  ],
  // es: "Qué rapidez la suya", "¡Qué eficiencia!" (accented qué: the exclamative, not the conjunction).
  [/qué /i, new RegExp(String.raw`${START}(qué (?!tal\b|pasa\b)${W}(?: ${W}){0,2})\s*(?=[!.,…]|$)`, 'giu')],
  // pt: "Que rapidez!", "Que eficiência, hein." — at most two words before the mark, so no clause.
  [
    /que /i,
    new RegExp(
      String.raw`${START}(que (?!(?:eu|o|a|os|as|você|vocês)\b)${W}(?: ${W})?)\s*(?=[!,…]|\.\s|$)`,
      'giu',
    ),
  ],
  // de: "Was für ein Service!", "Welch ein Tempo."
  [
    /was für|welch/i,
    new RegExp(String.raw`${START}((?:was für|welch)(?: eine?[mnrs]?)? ${W})\s*(?=[!.,…]|$)`, 'giu'),
  ],
  // nb: "For en service!", "For et tempo," (the Norwegian exclamative article).
  [/for e[nti] /i, new RegExp(String.raw`${START}(for (?:en|et|ei) ${W})\s*(?=[!.,…]|$)`, 'giu')],
  // ja: なんと/なんて + adjective, and verbs of admiration (感服, 脱帽) that no one says to a failing service.
  [
    /なん[とて]|感服|脱帽/,
    /(なん(?:と|て)[^\s。、！？]{1,10}(?:こと|の|ん)?でしょう|感服(?:いた)?し|脱帽)/gu,
  ],
  // ko: 참/정말/진짜 + a descriptive verb in the exclamative -네요/-군요 ("참 빠르시네요", "진짜 대단하시군요").
  [/참|정말|진짜/, /((?:참|정말|진짜)\s?[가-힣]{1,4}(?:시네요|하네요|시군요|하군요))/gu],
  // th: a quality + จัง/เหลือเกิน ("ดีจัง", "เร็วจังเลย", "ใจเย็นกันดีจัง").
  [/จัง|เหลือเกิน/, /((?:ดี|เร็ว|เก่ง|ไว)(?:จัง|เหลือเกิน))/gu],
]

const EAGER_GAPS: readonly Guarded[] = [
  [/wait/i, /\b(can(?:no|['’])?t (?:\p{L}+ ){1,2}wait)\b/giu],
  [/hâte/i, /(j['’]ai (?:\p{L}+ ){1,2}hâte)/giu],
  [/la hora|esperar/i, /\b((?:no )?(?:veo|puedo) (?:\p{L}+ ){1,2}(?:la hora|esperar))\b/giu],
  [/esperar/i, /\b(mal (?:\p{L}+ ){0,2}(?:posso|consigo)(?: \p{L}+){1,2} esperar)\b/giu],
  [/erwarten/i, /\b(kann es (?:\p{L}+ ){1,2}kaum erwarten)\b/giu],
  [/ til|vente/i, /\b(gleder meg (?:\p{L}+ ){1,2}til|kan (?:\p{L}+ ){1,2}ikke vente)\b/giu],
]

/** Third or later, as ordinal words or numbers, and "nth"/"yet another". */
const ORDINAL_THANKS: readonly Guarded[] = [
  [
    /thank/i,
    /\b(thanks?(?: you)?(?: \p{L}+){0,2} for (?:the|this|my|your)? ?(?:third|fourth|fifth|sixth|umpteenth|nth|yet another)(?![- ]party)\b)/giu,
  ],
  [
    /merci/i,
    /\b(merci(?: \p{L}+)? pour (?:l[ae]|ce|cette|votre) ?(?:troisième|quatrième|cinquième|énième))/giu,
  ],
  [/gracias/i, /\b(gracias(?: \p{L}+)? por (?:el|la|este|esta|su) (?:tercer|cuart|quint|enésim)[oa]?)/giu],
  [
    /obrigad/i,
    /\b(obrigad[oa](?: \p{L}+)? (?:pel[oa]|por (?:est[ea]|[oa])) (?:terceir|quart|quint|enésim)[oa])/giu,
  ],
  [
    /danke/i,
    /\b(danke(?: \p{L}+)? für (?:die|den|das|diese[nrs]?|ihre[nr]?) (?:dritte|vierte|fünfte|x-te)\p{L}*)/giu,
  ],
  [/takk/i, /\b(takk(?: \p{L}+)? for (?:den |det |denne |dette )?(?:tredje|fjerde|femte))/giu],
  [/回目|度目|通目/, /((?:[3-9]|[三四五六])(?:回目|度目|通目)の[^。！？]{0,20}?(?:ありがとう|感謝))/gu],
  [/번째/, /((?:세|네|다섯|[3-9])\s?번째[^.!?]{0,20}?(?:감사|고맙))/gu],
  [/ขอบคุณ/, /(ขอบคุณ[^\n]{0,30}?(?:ครั้ง|ฉบับ|รอบ)ที่\s?(?:สาม|สี่|ห้า|[3-9]))/gu],
]

/**
 * A plain literal test, then the pattern: case-insensitive Unicode patterns with \p{L} get no fast prefix scan in
 * V8, and most comments hold none of the literals.
 */
type Guarded = readonly [guard: RegExp, pattern: RegExp]

/** Group 1 of each match, as a span in `text`. */
function spansOf(text: string, patterns: readonly Guarded[]): Span[] {
  const spans: Span[] = []
  for (const [guard, re] of patterns) {
    if (!guard.test(text)) continue
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m[1]
      if (g === undefined) continue
      const start = m.index + m[0].indexOf(g)
      spans.push({ start, end: start + g.length })
      if (m[0].length === 0) re.lastIndex++
    }
  }
  return spans
}

/** Exclamatives: praise-like spans for sarcasmOf. */
export function exclamatives(text: string): Span[] {
  return spansOf(text, EXCLAMATIVES)
}

/** Eagerness with words in between: praise-like too, and kept apart as eagerness. */
export function eagerWithGap(text: string): Span[] {
  return spansOf(text, EAGER_GAPS)
}

/** Thanks for a third or later repeat: sarcasm on its own. */
export function ordinalThanks(text: string): Span | null {
  return spansOf(text, ORDINAL_THANKS)[0] ?? null
}
