import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { useState } from 'react'
import { approvalRight } from '../../core/budget/approval'
import type { SpendRecord } from '../../core/budget/types'
import { useI18n } from '../i18n/I18nContext'
import type { RecoveryData } from './load-recovery'
import { errorText } from './outcome-text'
import { Row, Section } from './parts'
import { dateTimeText, moneyText } from './words'

/** A start that may still be running in another tab: younger than this, it is shown as in progress. */
const IN_PROGRESS_MS = 2 * 60_000

/**
 * A start that recorded its gesture but never updated the ticket (a reload, a lost connection, a closed tab):
 * its owner may finish it with the same operation key, or withdraw the gesture; a team lead may withdraw it.
 */
export function InterruptedCard({
  data,
  spend,
  onFinish,
  onChanged,
  busy,
}: {
  data: RecoveryData
  spend: SpendRecord
  onFinish: () => void
  onChanged: () => void
  busy: boolean
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const [working, setWorking] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const owner = spend.agentId === data.actor.id
  const lead = approvalRight(data.actor, data.settings.teamLeadGroup, spend.agentId).allowed
  const recent = Date.parse(data.readAt) - Date.parse(spend.createdAt) < IN_PROGRESS_MS
  const withdraw = () => {
    setWorking(true)
    setFailure(null)
    data.helpdesk.ledger.withdraw(spend.operationKey).then(onChanged, (error: unknown) => {
      setFailure(errorText(error, i18n))
      setWorking(false)
    })
  }
  if (!owner && recent) {
    return (
      <Section data-testid="recovery-in-progress">
        <SM>{t('recovery.interrupted.inProgress', { agent: spend.agentName })}</SM>
      </Section>
    )
  }
  return (
    <Section data-testid="recovery-interrupted">
      <Alert type="warning">
        <Alert.Title>{t('recovery.interrupted.title')}</Alert.Title>
        <Alert.Paragraph>
          {t('recovery.interrupted.body', {
            agent: spend.agentName,
            when: dateTimeText(spend.createdAt, locale),
            amount: moneyText(spend.amount, locale),
          })}
        </Alert.Paragraph>
      </Alert>
      <Row>
        {owner && (
          <Button
            size="small"
            isPrimary
            disabled={busy || working}
            onClick={onFinish}
            data-testid="finish-recovery"
          >
            {t('recovery.interrupted.finish')}
          </Button>
        )}
        {(owner || lead) && (
          <Button
            size="small"
            isBasic
            disabled={busy || working}
            onClick={withdraw}
            data-testid="withdraw-spend"
          >
            {t('recovery.interrupted.withdraw')}
          </Button>
        )}
      </Row>
      {failure && <SM style={{ color: '#cc3340' }}>{failure}</SM>}
    </Section>
  )
}

/** Leftover gestures of a start that lost a race and could not withdraw itself: its owner cleans them up. */
export function StrayList({
  data,
  strays,
  onChanged,
}: {
  data: RecoveryData
  strays: SpendRecord[]
  onChanged: () => void
}) {
  const { t, locale } = useI18n()
  const mine = strays.filter((spend) => spend.agentId === data.actor.id)
  if (mine.length === 0) return null
  return (
    <Section data-testid="recovery-strays">
      {mine.map((spend) => (
        <Row key={spend.operationKey}>
          <SM>
            {t('recovery.stray.body', { amount: moneyText(spend.amount, locale), agent: spend.agentName })}
          </SM>
          <Button
            size="small"
            isBasic
            onClick={() => void data.helpdesk.ledger.withdraw(spend.operationKey).then(onChanged)}
          >
            {t('recovery.stray.withdraw')}
          </Button>
        </Row>
      ))}
    </Section>
  )
}
