// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { nb as lexicon } from '../lexicon/nb'
export { nb as model } from '../learned/weights/nb'
