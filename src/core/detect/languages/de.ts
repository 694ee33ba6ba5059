// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { de as lexicon } from '../lexicon/de'
export { de as model } from '../learned/weights/de'
