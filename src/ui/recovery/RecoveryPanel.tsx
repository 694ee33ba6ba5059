import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { useCallback, useEffect, useState } from 'react'
import type { Assessment } from '../../core/detect/types'
import { resumePlanOf } from '../../core/recovery/plan'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import { useI18n } from '../i18n/I18nContext'
import { Notice } from '../shared/Notice'
import { SkeletonLine } from '../shared/Skeleton'
import { SetupCard } from '../setup/SetupCard'
import { ApprovalActions } from './ApprovalActions'
import { CancelRecovery } from './CancelRecovery'
import { InterruptedCard, StrayList } from './InterruptedCard'
import type { RecoveryData } from './load-recovery'
import { followUpContextOf } from './follow-up-context'
import { errorText } from './outcome-text'
import { Row, Section } from './parts'
import { PlaybookView } from './PlaybookView'
import { RecoveryStatusCard } from './RecoveryStatusCard'
import { RunStatus } from './RunStatus'
import { useRecoveryData } from './useRecoveryData'
import { useRecoveryRun } from './useRecoveryRun'

interface PanelProps {
  helpdesk: HelpdeskPort
  context: TicketContext
  assessment: Assessment
}

/** The recovery part of the sidebar (its own chunk, loaded after the first render). */
export default function RecoveryPanel({ helpdesk, context, assessment }: PanelProps) {
  const { t } = useI18n()
  const i18n = useI18n()
  const [busy, setBusy] = useState(false)
  const { state, reload } = useRecoveryData(helpdesk, context, busy)
  // Stable, so a finished run asks for exactly one reload.
  const reloadQuietly = useCallback(() => reload(false), [reload])
  if (state.status === 'loading') {
    return (
      <Section data-testid="recovery-loading" aria-busy="true" aria-label={t('recovery.loading')}>
        <SkeletonLine $width="70%" />
        <SkeletonLine $width="90%" />
      </Section>
    )
  }
  if (state.status === 'error') {
    return (
      <Section>
        <Notice
          tone="error"
          title={t('recovery.loadFailed')}
          data-testid="recovery-error"
          data-code={state.error.code}
        >
          <p style={{ margin: 0 }}>{errorText(state.error, i18n)}</p>
          {state.error.retryable && (
            <Button
              size="small"
              onClick={() => reload(true)}
              style={{ marginTop: 8 }}
              data-testid="recovery-reload"
            >
              {t('error.retry')}
            </Button>
          )}
        </Notice>
      </Section>
    )
  }
  if (state.load.kind === 'settings_invalid') {
    return (
      <Section>
        <Notice tone="warning" data-testid="recovery-settings-invalid">
          <p style={{ margin: '0 0 4px' }}>{t('recovery.settingsInvalid')}</p>
          {state.load.problems.map((problem) => (
            <SM key={problem.setting} data-testid="setting-problem" data-setting={problem.setting}>
              {t('recovery.settingProblem', {
                setting: t(`recovery.settingNames.${problem.setting}`),
                message: problem.message,
              })}
            </SM>
          ))}
        </Notice>
      </Section>
    )
  }
  return (
    <>
      <ReadyPanel
        data={state.load.data}
        context={context}
        assessment={assessment}
        onBusy={setBusy}
        onReload={reloadQuietly}
      />
      <SetupCard data={state.load.data} />
    </>
  )
}

function ReadyPanel({
  data,
  context,
  assessment,
  onBusy,
  onReload,
}: {
  data: RecoveryData
  context: TicketContext
  assessment: Assessment
  onBusy: (busy: boolean) => void
  onReload: () => void
}) {
  const { t } = useI18n()
  const run = useRecoveryRun(data, context, assessment)
  const [manual, setManual] = useState(false)
  useEffect(() => onBusy(run.busy), [run.busy, onBusy])
  const finished = run.phase.kind === 'finished' ? run.phase.outcome : null
  useEffect(() => {
    if (finished) onReload()
  }, [finished, onReload])

  const { state, strays } = data.state
  const status = <RunStatus phase={run.phase} onRetry={(plan) => void run.finish(plan)} />
  if (state.kind === 'recorded') {
    return (
      <div data-testid="recovery-panel">
        {run.phase.kind !== 'idle' && status}
        <RecoveryStatusCard state={state} />
        <CancelRecovery data={data} state={state} onDone={onReload} />
        {state.status === 'approval_needed' && state.spend && (
          <ApprovalActions data={data} spend={state.spend} onDone={onReload} />
        )}
        <StrayList data={data} strays={strays} onChanged={onReload} />
      </div>
    )
  }
  if (state.kind === 'interrupted') {
    const finish = () =>
      void run.finish(
        resumePlanOf(state.spend, {
          assessment,
          csat: context.snapshot.csat,
          now: new Date().toISOString(),
          followUpDays: data.settings.followUpDays,
          followUp: followUpContextOf(data),
          currency: data.settings.budget.currency,
        }),
      )
    return (
      <div data-testid="recovery-panel">
        <InterruptedCard
          data={data}
          spend={state.spend}
          onFinish={finish}
          onChanged={onReload}
          busy={run.busy}
        />
        {status}
      </div>
    )
  }
  if (!assessment.negative && !manual) {
    return (
      <Section data-testid="recovery-panel">
        <SM>{t('recovery.quiet')}</SM>
        <Row>
          <Button size="small" isBasic onClick={() => setManual(true)} data-testid="plan-anyway">
            {t('recovery.planAnyway')}
          </Button>
        </Row>
      </Section>
    )
  }
  return (
    <Section data-testid="recovery-panel" style={{ marginBottom: 12 }}>
      <SM isBold>{t('recovery.title')}</SM>
      <PlaybookView
        data={data}
        context={context}
        assessment={assessment}
        onStart={(choices) => void run.start(choices)}
        busy={run.busy}
      />
      {status}
    </Section>
  )
}
