import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { useMemo, useState } from 'react'
import type { FollowUpDelay } from '../../core/followup/schedule'
import type { Assessment } from '../../core/detect/types'
import { suggestPlaybook } from '../../core/playbook/suggest'
import type { PlanChoices } from '../../core/recovery/plan'
import type { TicketContext } from '../../helpdesk/ports'
import { useI18n } from '../i18n/I18nContext'
import type { RecoveryData } from './load-recovery'
import { Muted, Row, WhyList } from './parts'
import { ApologyStep } from './steps/ApologyStep'
import { ExplanationStep } from './steps/ExplanationStep'
import { FollowUpStep } from './steps/FollowUpStep'
import { GestureStep } from './steps/GestureStep'
import { choiceOf, resolveGesture, type GestureChoice } from './steps/gesture-choice'

/**
 * The suggested playbook, step by step, each with why it was suggested; the agent edits the gesture and the
 * follow-up, inserts the apology into the reply, then starts the recovery.
 */
export function PlaybookView({
  data,
  context,
  assessment,
  onStart,
  busy,
}: {
  data: RecoveryData
  context: TicketContext
  assessment: Assessment
  onStart: (choices: PlanChoices) => void
  busy: boolean
}) {
  const { t } = useI18n()
  const [variant, setVariant] = useState(0)
  const playbook = useMemo(
    () =>
      suggestPlaybook({
        snapshot: context.snapshot,
        assessment,
        language: data.customerLanguage,
        phraseBank: data.phraseBank,
        policy: data.settings.budget,
        standing: data.standing,
        followUpDays: data.settings.followUpDays,
        customerValue: data.customerValue,
        agentName: data.actor.name,
        now: data.readAt,
        variant,
      }),
    [context, assessment, data, variant],
  )
  const compensation = playbook.steps.find((step) => step.kind === 'compensation')
  const [gesture, setGesture] = useState<GestureChoice>(() =>
    compensation
      ? choiceOf(compensation.gesture)
      : choiceOf({ type: null, amount: null, ceiling: data.standing.ceiling }),
  )
  const followUpStep = playbook.steps.find((step) => step.kind === 'follow_up')
  const [followUpDays, setFollowUpDays] = useState<FollowUpDelay | null>(data.settings.followUpDays)
  const [apologyInserted, setApologyInserted] = useState(false)

  const start = () => {
    const resolved = resolveGesture(gesture, data.settings.budget.currency)
    onStart({
      gesture:
        resolved.kind === 'amount'
          ? {
              type: resolved.type,
              amount: resolved.amount,
              ...(resolved.refundPercent !== undefined ? { refundPercent: resolved.refundPercent } : {}),
            }
          : null,
      followUpDays: followUpStep ? followUpDays : null,
      apologyInserted,
    })
  }
  const invalidGesture = resolveGesture(gesture, data.settings.budget.currency).kind === 'invalid'

  return (
    <div
      data-testid="playbook"
      data-severity-band={playbook.severityBand}
      data-value={playbook.customerValue}
    >
      <Muted data-testid="customer-value">{t(`recovery.value.${playbook.customerValue}`)}</Muted>
      <WhyList why={playbook.customerValueWhy} testId="customer-value-why" />
      {playbook.steps.map((step) => {
        switch (step.kind) {
          case 'apology':
            return (
              <ApologyStep
                key="apology"
                step={step}
                inserted={apologyInserted}
                onInsert={(text) => data.helpdesk.insertIntoReply(text).then(() => setApologyInserted(true))}
                onAnotherWording={() => setVariant((value) => value + 1)}
              />
            )
          case 'explanation':
            return <ExplanationStep key="explanation" step={step} />
          case 'compensation':
            return (
              <GestureStep
                key="gesture"
                step={step}
                choice={gesture}
                onChange={setGesture}
                allowed={data.settings.budget.allowedGestures}
                standing={data.standing}
                currency={data.settings.budget.currency}
              />
            )
          case 'follow_up':
            return (
              <FollowUpStep
                key="follow-up"
                step={step}
                days={followUpDays}
                onChange={setFollowUpDays}
                data={data}
              />
            )
        }
      })}
      <Row style={{ marginTop: 12 }}>
        <Button isPrimary onClick={start} disabled={busy || invalidGesture} data-testid="start-recovery">
          {t('recovery.start')}
        </Button>
      </Row>
      {context.snapshot.status === 'closed' && <SM>{t('recovery.closedTicket')}</SM>}
    </div>
  )
}
