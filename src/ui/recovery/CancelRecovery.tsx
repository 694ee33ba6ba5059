import { Button } from '@zendeskgarden/react-buttons'
import { Checkbox, Field } from '@zendeskgarden/react-forms'
import { SM } from '@zendeskgarden/react-typography'
import { useState } from 'react'
import { mayCancel, runCancel } from '../../core/recovery/cancel'
import { cancelNote } from '../../core/recovery/note'
import type { RecoveryState } from '../../core/recovery/types'
import { useI18n } from '../i18n/I18nContext'
import type { RecoveryData } from './load-recovery'
import { errorText } from './outcome-text'
import { Row, Section } from './parts'
import { moneyText, noteWriter } from './words'

type Recorded = Extract<RecoveryState, { kind: 'recorded' }>

/**
 * Cancel a running recovery: the follow-up survey is cancelled with it, and a gesture that was never given can be
 * released from the budget. Two clicks (ask, confirm); the same operation key makes a retry harmless.
 */
export function CancelRecovery({
  data,
  state,
  onDone,
}: {
  data: RecoveryData
  state: Recorded
  onDone: () => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [asking, setAsking] = useState(false)
  const [release, setRelease] = useState(false)
  const [working, setWorking] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const key = state.fields.operationKey
  const startedBy = state.spend?.agentId ?? null
  if (state.status !== 'active' || !key || !mayCancel(data.actor, data.settings.teamLeadGroup, startedBy)) {
    return null
  }
  const amount = state.spend?.amount ?? null
  const releasable = amount !== null && amount.amountMinor > 0 && state.release === null

  const cancel = async () => {
    setWorking(true)
    setMessage(null)
    const now = new Date().toISOString()
    const releaseGesture = releasable && release
    const outcome = await runCancel(
      {
        ticketId: data.view.ticketId,
        operationKey: key,
        actor: { id: data.actor.id, name: data.actor.name },
        releaseGesture,
        now,
        note: cancelNote(
          {
            actorName: data.actor.name,
            at: now,
            operationKey: key,
            released: releaseGesture ? amount : null,
            followUpCancelled: state.fields.followUpState?.kind === 'scheduled',
          },
          noteWriter(i18n),
        ),
      },
      data.helpdesk,
    )
    setWorking(false)
    if (outcome.ok) {
      setMessage({ ok: true, text: t('recovery.cancel.done') })
      setAsking(false)
      onDone()
      return
    }
    const { failure } = outcome
    setMessage({
      ok: false,
      text:
        failure.kind === 'not_active'
          ? t('recovery.cancel.notActive')
          : t('recovery.cancel.failed', { message: errorText(failure.error, i18n) }),
    })
  }

  return (
    <Section data-testid="cancel-recovery">
      {!asking ? (
        <Button
          size="small"
          isBasic
          isDanger
          onClick={() => setAsking(true)}
          data-testid="cancel-recovery-ask"
        >
          {t('recovery.cancel.ask')}
        </Button>
      ) : (
        <>
          <SM>{t('recovery.cancel.explain')}</SM>
          {releasable && (
            <Field style={{ marginTop: 6 }}>
              <Checkbox
                checked={release}
                onChange={(event) => setRelease(event.target.checked)}
                data-testid="cancel-release"
              >
                <Field.Label isRegular>
                  {t('recovery.cancel.release', { amount: moneyText(amount, i18n.locale) })}
                </Field.Label>
              </Checkbox>
            </Field>
          )}
          <Row>
            <Button
              size="small"
              isDanger
              disabled={working}
              onClick={() => void cancel()}
              data-testid="cancel-recovery-confirm"
            >
              {working ? t('recovery.cancel.working') : t('recovery.cancel.confirm')}
            </Button>
            <Button size="small" isBasic disabled={working} onClick={() => setAsking(false)}>
              {t('recovery.cancel.keep')}
            </Button>
          </Row>
        </>
      )}
      {message && (
        <SM data-testid="cancel-message" style={{ color: message.ok ? '#038153' : '#cc3340' }}>
          {message.text}
        </SM>
      )}
    </Section>
  )
}
