import type { Assessment, AssessOptions } from '../../core/detect'
import type { TicketSnapshot } from '../../core/model'

/**
 * Detection in the browser, loaded on demand (src/core/detect/lazy.ts): the engine is one chunk and each
 * language's lexicon another, so a German ticket never downloads Thai.
 */
const loadDetection = () => import('../../core/detect/lazy')

const WARM_UP_TICKET: TicketSnapshot = {
  id: 'warm-up',
  locale: 'en',
  channel: 'web',
  subject: 'Warm-up',
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  tags: [],
  comments: [
    {
      author: 'customer',
      body: 'Hello, not great. Danke! Gracias, merci, obrigado, takk.',
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  csat: null,
}

/**
 * Starts downloading (and compiling) the engine and the Latin-script lexicons while the ticket is still
 * being read: the main thread is idle then, and six of the nine languages — plus most tickets in the
 * others, which quote product names — need the Latin matcher.
 */
export function preloadDetector(): void {
  loadDetection()
    .then(async (detection) => {
      await detection.loadLexicons(['en'])
      // V8 compiles a regular expression on its first use; pay for that now rather than on the ticket.
      detection.assess(WARM_UP_TICKET)
    })
    .catch(() => undefined)
}

export async function assessOnDemand(snapshot: TicketSnapshot, options: AssessOptions): Promise<Assessment> {
  const detection = await loadDetection()
  await detection.loadLexicons(detection.languagesFor(snapshot))
  return detection.assess(snapshot, options)
}
