// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { ja as lexicon } from '../lexicon/ja'
export { ja as model } from '../learned/weights/ja'
