import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { RecoveryState } from '../../core/recovery/types'
import { useI18n } from '../i18n/I18nContext'
import { Muted, Section } from './parts'
import { dateTimeText, dayText, moneyText } from './words'

type Recorded = Extract<RecoveryState, { kind: 'recorded' }>

const HUE: Record<Recorded['status'], string> = {
  needed: 'orange',
  approval_needed: 'yellow',
  active: 'blue',
  recovered: 'green',
  not_recovered: 'red',
  rejected: 'red',
  cancelled: 'grey',
}

/** The recovery recorded on this ticket and its history: started, by whom, gesture, approval, follow-up. */
export function RecoveryStatusCard({ state }: { state: Recorded }) {
  const { t, locale } = useI18n()
  const { fields, spend, decision } = state
  return (
    <Section data-testid="recovery-state" data-status={state.status}>
      <SM isBold>{t('recovery.state.title')}</SM>
      <Tag hue={HUE[state.status]} data-testid="recovery-status">
        {t(`recovery.status.${state.status}`)}
      </Tag>
      <ul
        style={{ margin: '6px 0 0', paddingLeft: 16, fontSize: 13, lineHeight: '19px' }}
        data-testid="recovery-history"
      >
        {spend && (
          <li data-testid="history-started">
            {t('recovery.state.startedBy', {
              agent: spend.agentName,
              when: dateTimeText(spend.createdAt, locale),
            })}
          </li>
        )}
        <li data-testid="history-gesture">
          {fields.gesture && fields.amount
            ? t('recovery.state.gesture', {
                gesture: t(`recovery.gestureType.${fields.gesture}`),
                amount: moneyText(fields.amount, locale),
              })
            : t('recovery.state.noGesture')}
        </li>
        {decision && (
          <li data-testid="history-decision">
            {t(`recovery.state.${decision.decision}`, {
              agent: decision.agentName,
              when: dateTimeText(decision.createdAt, locale),
            })}
            {decision.note && ` · ${t('recovery.state.reason', { reason: decision.note })}`}
          </li>
        )}
        {state.status === 'approval_needed' && (
          <li data-testid="history-waiting">{t('recovery.state.waiting')}</li>
        )}
        {state.release && (
          <li data-testid="history-release">
            {t('recovery.state.released', {
              agent: state.release.agentName,
              when: dateTimeText(state.release.createdAt, locale),
            })}
          </li>
        )}
        <FollowUpLine fields={fields} />
        {fields.ratingBefore && (
          <li data-testid="history-rating-before">
            {t('recovery.state.ratingBefore', { rating: t(`recovery.state.rating.${fields.ratingBefore}`) })}
          </li>
        )}
        {fields.ratingAfter && (
          <li data-testid="history-rating-after">
            {t(`recovery.state.ratingAfter.${fields.ratingChange ?? 'second'}`, {
              rating: t(`recovery.state.rating.${fields.ratingAfter}`),
            })}
          </li>
        )}
      </ul>
      {fields.operationKey && <Muted style={{ fontSize: 11 }}>{fields.operationKey}</Muted>}
    </Section>
  )
}

/** The follow-up survey: when it goes out, or that it went out, was cancelled, or was skipped. */
function FollowUpLine({ fields }: { fields: Recorded['fields'] }) {
  const { t, locale } = useI18n()
  const followUp = fields.followUpState
  if (!followUp) return null
  const text =
    followUp.kind === 'scheduled'
      ? fields.followUpDate
        ? t('recovery.state.followUp', { date: dayText(fields.followUpDate, locale) })
        : t('recovery.state.followUpScheduled', { count: followUp.days })
      : t(`recovery.state.followUpState.${followUp.kind}`)
  return (
    <li data-testid="history-follow-up" data-state={followUp.kind}>
      {text}
    </li>
  )
}
