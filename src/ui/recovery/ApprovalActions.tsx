import { Button } from '@zendeskgarden/react-buttons'
import { Field, Input } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { useState } from 'react'
import { approvalRight } from '../../core/budget/approval'
import type { Decision, SpendRecord } from '../../core/budget/types'
import { runDecision, type DecisionOutcome } from '../../core/recovery/decision'
import { decisionNote } from '../../core/recovery/note'
import { useI18n } from '../i18n/I18nContext'
import { followUpFor } from './follow-up-context'
import type { RecoveryData } from './load-recovery'
import { errorText } from './outcome-text'
import { Row, Section } from './parts'
import { noteWriter } from './words'

/**
 * Release or reject a gesture waiting for approval — only for admins and the team-lead group, never one's own —
 * or, for the agent who asked, cancel the request. The ticket's safe update makes the first decision stand.
 */
export function ApprovalActions({
  data,
  spend,
  onDone,
}: {
  data: RecoveryData
  spend: SpendRecord
  onDone: () => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [reason, setReason] = useState('')
  const [working, setWorking] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const right = approvalRight(data.actor, data.settings.teamLeadGroup, spend.agentId)
  const ownRequest = spend.agentId === data.actor.id

  const decide = async (decision: Decision) => {
    setWorking(true)
    setMessage(null)
    const now = new Date().toISOString()
    // The survey is scheduled when the gesture is released, under the survey rules as they stand now.
    const followUp = decision === 'approved' ? followUpFor(data, data.settings.followUpDays, now) : null
    const trimmed = reason.trim()
    const outcome: DecisionOutcome = await runDecision(
      {
        ticketId: data.view.ticketId,
        spendKey: spend.operationKey,
        spendNeedsApproval: spend.needsApproval,
        decision,
        actor: { id: data.actor.id, name: data.actor.name },
        followUp,
        now,
        ...(trimmed ? { reason: trimmed } : {}),
        note: decisionNote(
          {
            decision,
            actorName: data.actor.name,
            at: now,
            spendKey: spend.operationKey,
            amount: spend.amount,
            followUp,
            ...(trimmed ? { reason: trimmed } : {}),
          },
          noteWriter(i18n),
        ),
      },
      data.helpdesk,
    )
    setWorking(false)
    if (outcome.ok) {
      setMessage({
        ok: true,
        text: t(decision === 'cancelled' ? 'recovery.approval.cancelled' : `recovery.approval.${decision}`),
      })
      onDone()
    } else {
      const { failure } = outcome
      setMessage({
        ok: false,
        text: t(
          `recovery.approval.failure.${failure.kind}`,
          failure.kind === 'port' ? { message: errorText(failure.error, i18n) } : {},
        ),
      })
    }
  }

  return (
    <Section data-testid="approval-actions">
      {right.allowed ? (
        <>
          <Field>
            <Field.Label isRegular>{t('recovery.approval.reason')}</Field.Label>
            <Input
              isCompact
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              data-testid="decision-reason"
            />
          </Field>
          <Row>
            <Button
              size="small"
              isPrimary
              disabled={working}
              onClick={() => void decide('approved')}
              data-testid="approve"
            >
              {t('recovery.approval.approve')}
            </Button>
            <Button
              size="small"
              isDanger
              disabled={working}
              onClick={() => void decide('rejected')}
              data-testid="reject"
            >
              {t('recovery.approval.reject')}
            </Button>
          </Row>
        </>
      ) : (
        <SM data-testid="approval-not-allowed">{t(`recovery.approval.notAllowed.${right.why}`)}</SM>
      )}
      {ownRequest && !right.allowed && (
        <Row>
          <Button
            size="small"
            isBasic
            disabled={working}
            onClick={() => void decide('cancelled')}
            data-testid="cancel-request"
          >
            {t('recovery.approval.cancel')}
          </Button>
        </Row>
      )}
      {message && (
        <SM data-testid="decision-message" style={{ color: message.ok ? '#038153' : '#cc3340' }}>
          {message.text}
        </SM>
      )}
    </Section>
  )
}
