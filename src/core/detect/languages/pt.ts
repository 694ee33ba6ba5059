// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { pt as lexicon } from '../lexicon/pt'
export { pt as model } from '../learned/weights/pt'
