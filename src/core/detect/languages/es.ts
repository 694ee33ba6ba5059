// The sidebar's chunk for one language (lazy.ts): its lexicon and its learned model, fetched together.
export { es as lexicon } from '../lexicon/es'
export { es as model } from '../learned/weights/es'
