/** One phrase bank per customer language. */
import type { LangCode } from '../../../detect/lexicon/types'
import type { PhraseBank } from '../types'
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { ja } from './ja'
import { ko } from './ko'
import { nb } from './nb'
import { pt } from './pt'
import { th } from './th'

export const PHRASE_BANKS: Readonly<Record<LangCode, PhraseBank>> = { en, de, es, fr, pt, nb, ja, ko, th }
