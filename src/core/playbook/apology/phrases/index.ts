/** One phrase bank per customer language. */
import type { LangCode } from '../../../detect/lexicon/types'
import type { PhraseBank } from '../types'
import { de } from './de.apology'
import { en } from './en.apology'
import { es } from './es.apology'
import { fr } from './fr.apology'
import { ja } from './ja.apology'
import { ko } from './ko.apology'
import { nb } from './nb.apology'
import { pt } from './pt.apology'
import { th } from './th.apology'

export const PHRASE_BANKS: Readonly<Record<LangCode, PhraseBank>> = { en, de, es, fr, pt, nb, ja, ko, th }
