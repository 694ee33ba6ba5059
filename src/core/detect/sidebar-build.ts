/**
 * Whether this code was built for the sidebar: vite.config.ts defines __TURNAROUND_SIDEBAR__ as true there (the
 * bench's fresh build of lazy.ts too); the CLI, the tests and the eval leave it undefined. The sidebar reads one
 * ticket at a time, so code that only speeds up the CLI's thousands of tickets is left out of its download, each
 * time for the plain code it stands in for, which gives the same result (its tests compare the two):
 * - formatIsoMs: Date's toISOString instead of the hand-written formatter (time.ts);
 * - the irony patterns: one /i test of each pattern's literals, then the pattern over the whole comment, instead
 *   of the one-pass literal scan and the sticky starts (signals/ironic.ts).
 * Together ≈ 0.7 KB gz of the engine's chunk. The bundler folds the constant and drops the unused side.
 */
declare const __TURNAROUND_SIDEBAR__: boolean | undefined

export const SIDEBAR_BUILD: boolean =
  typeof __TURNAROUND_SIDEBAR__ !== 'undefined' && __TURNAROUND_SIDEBAR__ === true
