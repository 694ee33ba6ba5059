import { lazy, Suspense } from 'react'
import type { Assessment } from '../../core/detect/types'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import { SkeletonLine } from '../shared/Skeleton'

// The recovery (playbook, budgets, Start recovery, its Garden forms) is its own chunk, fetched after the
// sidebar's first render: the assessment never waits for it, and the first-render bundle stays small.
const RecoveryPanel = lazy(() => import('./RecoveryPanel'))

export function LazyRecoveryPanel(props: {
  helpdesk: HelpdeskPort
  context: TicketContext
  assessment: Assessment
}) {
  return (
    <Suspense fallback={<SkeletonLine $width="80%" data-testid="recovery-chunk-loading" />}>
      <RecoveryPanel {...props} />
    </Suspense>
  )
}
