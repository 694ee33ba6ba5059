export { composeApology } from './compose'
export type { ApologyIncident, ApologyInput } from './types'
