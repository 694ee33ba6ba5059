import { describe, expect, it } from 'vitest'
import { longestReplyGap, replyGaps } from '../../../src/core/conversation'
import type { SnapshotComment } from '../../../src/core/model'

const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`
const c = (author: SnapshotComment['author'], hour: number, isPublic = true): SnapshotComment => ({
  author,
  body: '…',
  createdAt: at(hour),
  public: isPublic,
})

describe('reply gaps', () => {
  it('measures from the first unanswered customer comment to the next public agent reply', () => {
    const gaps = replyGaps(
      [c('customer', 1), c('customer', 2), c('agent', 4, false), c('agent', 5), c('customer', 6)],
      at(9),
    )
    expect(gaps).toEqual([
      { fromCommentIndex: 0, toCommentIndex: 3, minutes: 240 },
      { fromCommentIndex: 4, toCommentIndex: null, minutes: 180 },
    ])
  })

  it('finds the longest, or none for an agent-only thread', () => {
    expect(
      longestReplyGap([c('customer', 1), c('agent', 2), c('customer', 3), c('agent', 8)], at(9)),
    ).toMatchObject({
      minutes: 300,
    })
    expect(longestReplyGap([c('agent', 1)], at(9))).toBeNull()
  })
})
