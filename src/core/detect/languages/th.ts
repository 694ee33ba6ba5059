// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { th as lexicon } from '../lexicon/th'
export { th as model } from '../learned/weights/th'
