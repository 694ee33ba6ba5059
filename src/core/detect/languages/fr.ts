// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { fr as lexicon } from '../lexicon/fr'
export { fr as model } from '../learned/weights/fr'
