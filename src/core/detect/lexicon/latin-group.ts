// The six Latin-script lexicons as one module: they always load together (a Latin-script comment may be in any
// of them), so in the browser they are one chunk and one request instead of six.
export { de } from './de'
export { en } from './en'
export { es } from './es'
export { fr } from './fr'
export { nb } from './nb'
export { pt } from './pt'
