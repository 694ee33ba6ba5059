import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../i18n/I18nContext'
import { isRetryable, failureText, problemText, successText } from './outcome-text'
import { ProgressList } from './ProgressList'
import type { RunPhase } from './useRecoveryRun'

/** Progress while Start recovery runs, then a clear outcome; Retry finishes a failed run with the same plan. */
export function RunStatus({
  phase,
  onRetry,
}: {
  phase: RunPhase
  onRetry: (plan: Extract<RunPhase, { kind: 'finished' }>['plan']) => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  if (phase.kind === 'idle') {
    return (
      <>
        {phase.problems.map((problem) => (
          <SM key={problem.kind} data-testid="plan-problem" style={{ color: '#cc3340' }}>
            {problemText(problem, i18n)}
          </SM>
        ))}
        {phase.nothingChanged && <SM data-testid="nothing-changed">{t('recovery.nothingChanged')}</SM>}
      </>
    )
  }
  if (phase.kind === 'confirming') return <SM data-testid="recovery-confirming">{t('recovery.reviewing')}</SM>
  if (phase.kind === 'running') return <ProgressList steps={phase.steps} />
  const { outcome, plan } = phase
  return (
    <div data-testid="recovery-outcome" data-ok={outcome.ok}>
      <ProgressList steps={outcome.steps} />
      {outcome.ok ? (
        <Alert type="success" style={{ marginTop: 8 }}>
          <Alert.Paragraph data-testid="recovery-outcome-message">
            {successText(outcome, plan, i18n)}
          </Alert.Paragraph>
        </Alert>
      ) : (
        <Alert type="error" style={{ marginTop: 8 }} data-failure={outcome.failure.kind}>
          <Alert.Paragraph data-testid="recovery-outcome-message">
            {failureText(outcome.failure, i18n)}
          </Alert.Paragraph>
          {'spendWithdrawn' in outcome.failure && !outcome.failure.spendWithdrawn && (
            <Alert.Paragraph>{t('recovery.outcome.failure.cleanupPending')}</Alert.Paragraph>
          )}
          {isRetryable(outcome.failure) && (
            <Button
              size="small"
              onClick={() => onRetry(plan)}
              data-testid="recovery-retry"
              style={{ marginTop: 6 }}
            >
              {t('recovery.outcome.retry')}
            </Button>
          )}
        </Alert>
      )}
    </div>
  )
}
