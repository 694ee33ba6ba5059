// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { ko as lexicon } from '../lexicon/ko'
export { ko as model } from '../learned/weights/ko'
