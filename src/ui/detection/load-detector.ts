import type { Assessment, AssessOptions } from '../../core/detect'
import type { TicketSnapshot } from '../../core/model'
import type { TicketContext } from '../../helpdesk/ports'

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
 * Starts downloading the engine while the ticket is still being read (the main thread is idle then). Which
 * lexicons a ticket needs is known only once it is read; assessOnDemand fetches them then, usually one.
 */
export function preloadDetector(): void {
  loadDetection()
    .then((detection) => {
      // V8 compiles a regular expression on its first use, and the language markers compile on theirs: pay for
      // both now rather than on the ticket. No lexicon is loaded yet, so this reads only anger cues and markers.
      detection.assess(WARM_UP_TICKET)
    })
    .catch(() => undefined)
}

/**
 * Fetches and compiles the lexicon of the agent's language while the ticket is still being read: most tickets
 * an agent works are in the agent's own language, and compiling a lexicon takes tens of milliseconds that
 * would otherwise come after the read. A ticket in another language loads its own lexicons as usual.
 */
export function preloadLexicon(agentLocale: string): void {
  loadDetection()
    .then(async (detection) => {
      await detection.loadLexicons([agentLocale])
      // A Latin subject with no function words reads as the locale's language alone: compiles that set.
      detection.assess({ ...WARM_UP_TICKET, locale: agentLocale, comments: [] })
    })
    .catch(() => undefined)
}

export async function assessOnDemand(snapshot: TicketSnapshot, options: AssessOptions): Promise<Assessment> {
  const detection = await loadDetection()
  await detection.loadLexicons(detection.languagesFor(snapshot))
  return detection.assess(snapshot, options)
}

/** One assessment per ticket read: started as soon as the read resolves, reused by the component that shows it. */
const assessments = new WeakMap<TicketContext, Promise<Assessment>>()

/**
 * Assesses a ticket context with its app settings, once. main.tsx calls it the moment the ticket is read, so
 * detection runs while React renders the customer context instead of after it.
 */
export function assessContext(context: TicketContext): Promise<Assessment> {
  let assessment = assessments.get(context)
  if (!assessment) {
    assessment = assessOnDemand(context.snapshot, {
      sensitivity: context.settings.detectionSensitivity,
      replySlaMinutes: context.settings.replySlaMinutes,
      now: context.readAt,
    })
    // When detection itself is done; 'turnaround:assessed' is when the sidebar shows it.
    assessment.then(() => performance.mark('turnaround:detected')).catch(() => undefined)
    assessments.set(context, assessment)
  }
  return assessment
}
