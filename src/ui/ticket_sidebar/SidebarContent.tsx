import { useEffect, useLayoutEffect, useState } from 'react'
import type { Assessment } from '../../core/detect'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import { assessContext } from '../detection/load-detector'
import { useI18n } from '../i18n/I18nContext'
import { LazyRecoveryPanel } from '../recovery/LazyRecoveryPanel'
import { Notice } from '../shared/Notice'
import { SkeletonLine } from '../shared/Skeleton'
import { AssessmentPanel } from './AssessmentPanel'
import { CustomerContext } from './CustomerContext'

type AssessmentResult = { ok: true; assessment: Assessment } | { ok: false; message: string }

/** Marked once per page so benchmarks and tests can time the first complete render. */
const FIRST_RENDER_MARK = 'turnaround:first-full-render'

/** Runs detection on the snapshot; a detection fault must not take the customer context down with it. */
function useAssessment(context: TicketContext): AssessmentResult | null {
  const [result, setResult] = useState<{ context: TicketContext; value: AssessmentResult } | null>(null)
  useEffect(() => {
    let current = true
    assessContext(context).then(
      (assessment) => {
        performance.mark('turnaround:assessed')
        if (current) setResult({ context, value: { ok: true, assessment } })
      },
      (error: unknown) => {
        console.error('Turnaround: detection failed', error)
        const message = error instanceof Error ? error.message : String(error)
        if (current) setResult({ context, value: { ok: false, message } })
      },
    )
    return () => {
      current = false
    }
  }, [context])
  return result?.context === context ? result.value : null
}

export function SidebarContent({ context, helpdesk }: { context: TicketContext; helpdesk: HelpdeskPort }) {
  const { t } = useI18n()
  const result = useAssessment(context)

  // Layout effect: runs as soon as the full DOM is committed, so the mark never lags behind the content.
  useLayoutEffect(() => {
    if (result && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) {
      performance.mark(FIRST_RENDER_MARK)
    }
  }, [result])

  return (
    <>
      {result === null && (
        <div data-testid="assessment-loading" aria-busy="true">
          <SkeletonLine $width="100%" $height={56} />
        </div>
      )}
      {result?.ok === true && (
        <>
          <AssessmentPanel assessment={result.assessment} />
          <LazyRecoveryPanel helpdesk={helpdesk} context={context} assessment={result.assessment} />
        </>
      )}
      {result?.ok === false && (
        <Notice tone="warning" data-testid="assessment-error">
          {t('error.codes.unexpected', { message: result.message })}
        </Notice>
      )}
      <CustomerContext context={context} />
    </>
  )
}
