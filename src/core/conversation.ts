import type { SnapshotComment } from './model'

export interface ReplyGap {
  /** The customer comment that waited. */
  fromCommentIndex: number
  /** The agent reply that ended the wait, or null while the customer is still waiting. */
  toCommentIndex: number | null
  minutes: number
}

const minutesBetween = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 60_000)

/**
 * Waits the customer had for a public agent reply: from the first customer comment after an agent reply
 * (or the start) to the next public agent comment, or to `now` when nobody has answered yet.
 * Internal notes do not count as replies: the customer never saw them.
 */
export function replyGaps(comments: readonly SnapshotComment[], now: string): ReplyGap[] {
  const gaps: ReplyGap[] = []
  let waitingSince: number | null = null
  comments.forEach((comment, index) => {
    if (comment.public === false) return
    if (comment.author === 'customer' && waitingSince === null) waitingSince = index
    if (comment.author === 'agent' && waitingSince !== null) {
      const from = comments[waitingSince]!
      gaps.push({
        fromCommentIndex: waitingSince,
        toCommentIndex: index,
        minutes: minutesBetween(from.createdAt, comment.createdAt),
      })
      waitingSince = null
    }
  })
  if (waitingSince !== null) {
    const from = comments[waitingSince]!
    gaps.push({
      fromCommentIndex: waitingSince,
      toCommentIndex: null,
      minutes: minutesBetween(from.createdAt, now),
    })
  }
  return gaps
}

export function longestReplyGap(comments: readonly SnapshotComment[], now: string): ReplyGap | null {
  return replyGaps(comments, now).reduce<ReplyGap | null>(
    (longest, gap) => (!longest || gap.minutes > longest.minutes ? gap : longest),
    null,
  )
}
