// The comparison process for bench/detect.ts: a plain `sentiment`-package pass over the same JSON Lines file as
// `turnaround assess`, streamed the same way (readline in, one JSON line out per ticket, waiting on drain).
// AFINN-165 score summed over customer comments; negative when the sum is below 0 (the eval's baseline rule).
import { once } from 'node:events'
import process from 'node:process'
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'

const Sentiment = createRequire(import.meta.url)('sentiment')
const sentiment = new Sentiment()
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })
for await (const line of lines) {
  if (line.trim() === '') continue
  const ticket = JSON.parse(line)
  let score = 0
  for (const comment of ticket.comments)
    if (comment.author === 'customer') score += sentiment.analyze(comment.body).score
  if (!process.stdout.write(`${JSON.stringify({ id: ticket.id, negative: score < 0, score })}\n`))
    await once(process.stdout, 'drain')
}
