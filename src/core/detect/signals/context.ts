/** One comment read with one matcher: the state every rule on its hits shares. */
import { dominantOf } from '../language-id'
import type { LangCode } from '../lexicon/types'
import type { Entry, Hit, Matcher } from '../matcher'
import type { NormalizedText } from '../normalize'
import { markersOf, type PreparedText } from './prepare'

export interface ScanContext {
  norm: NormalizedText
  matcher: Matcher
  locale: LangCode | null
  text: PreparedText
  /** The comment's language by its function words (the locale's on a tie), found when first needed. */
  dominant: LangCode | null | undefined
}

/** Only `~` entries need it, and most comments have none: counted lazily. */
function dominantLanguage(ctx: ScanContext): LangCode | null {
  if (ctx.dominant === undefined) {
    const markers = markersOf(ctx.text)
    ctx.dominant = markers ? dominantOf(markers, ctx.locale) : null
  }
  return ctx.dominant
}

/** One entry per role: collision-prone entries need the comment's language; the locale breaks ties. */
export function pickEntries(hit: Hit, ctx: ScanContext): readonly Entry[] {
  const only = hit.entries[0]
  if (hit.entries.length === 1 && only && !only.ownLanguageOnly) return hit.entries
  // At most one entry per role, in order of each role's first entry (a hit has a handful of entries).
  const picked: Entry[] = []
  for (const entry of hit.entries) {
    if (entry.ownLanguageOnly && dominantLanguage(ctx) !== entry.lang) continue
    let k = 0
    while (k < picked.length && (picked[k] as Entry).role !== entry.role) k++
    const current = picked[k]
    if (!current || (entry.lang === ctx.locale && current.lang !== ctx.locale)) picked[k] = entry
  }
  return picked
}
