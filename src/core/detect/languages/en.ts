// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { en as lexicon } from '../lexicon/en'
export { en as model } from '../learned/weights/en'
