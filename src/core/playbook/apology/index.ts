import { composeApologyWith } from './compose'
import { PHRASE_BANKS } from './phrases'
import type { ApologyInput } from './types'
import type { ApologyDraft } from '../types'

/** With every language's bank loaded (Node, tests); the sidebar loads one bank and calls composeApologyWith. */
export function composeApology(input: ApologyInput): ApologyDraft {
  return composeApologyWith(input, PHRASE_BANKS[input.language])
}

export { composeApologyWith }
export type { ApologyIncident, ApologyInput, PhraseBank } from './types'
