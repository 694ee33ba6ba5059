/**
 * How many verdicts the shipped learned model changes on the dev sets, and whether each change is right:
 * `npx tsx tests/eval/model/changes.ts`. In sample for every set (the shipped weights trained on all of them),
 * so this counts changes; it does not measure generalisation (protocol.ts does, leaving each set out in turn).
 */
import { assess, assessWithLearned } from '../../../src/core/detect'
import { SETS, readLabelled, type SetName } from './data'

const out = (s: string): void => void process.stdout.write(`${s}\n`)
let all = { changed: 0, right: 0, tickets: 0 }
for (const set of Object.keys(SETS) as SetName[]) {
  const items = await readLabelled(set)
  let changed = 0
  let right = 0
  const wrong: string[] = []
  for (const item of items) {
    const rules = assessWithLearned(undefined, item.ticket).negative
    const combined = assess(item.ticket).negative
    if (rules === combined) continue
    changed++
    if (combined === item.negative) right++
    else wrong.push(`${item.id} (${item.slice})`)
  }
  out(
    `${set}: ${items.length} tickets, ${changed} verdicts changed (${right} to the label, ${changed - right} against it${wrong.length ? `: ${wrong.join(', ')}` : ''})`,
  )
  all = { changed: all.changed + changed, right: all.right + right, tickets: all.tickets + items.length }
}
out(`all: ${all.tickets} tickets, ${all.changed} changed, ${all.right} to the label`)
