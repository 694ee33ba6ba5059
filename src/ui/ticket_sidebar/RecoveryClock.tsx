import { SM } from '@zendeskgarden/react-typography'
import { useI18n } from '../i18n/I18nContext'
import { formatDuration } from '../shared/format'
import { useNow } from '../shared/useNow'

/** Recovery works when it starts within minutes; this is the target the clock counts against. */
export const RECOVERY_TARGET_MINUTES = 15

export function RecoveryClock({ since }: { since: string }) {
  const i18n = useI18n()
  const now = useNow()
  const elapsedMinutes = Math.max(0, (now - Date.parse(since)) / 60_000)
  const overdue = elapsedMinutes > RECOVERY_TARGET_MINUTES
  const target = RECOVERY_TARGET_MINUTES
  return (
    <div data-testid="recovery-clock" data-overdue={overdue} role="timer">
      <SM isBold>{i18n.t('assessment.clock.label')}</SM>
      <SM>{i18n.t('assessment.clock.elapsed', { duration: formatDuration(elapsedMinutes, i18n) })}</SM>
      <SM style={{ color: overdue ? '#cc3340' : '#038153' }}>
        {overdue
          ? i18n.t('assessment.clock.overdue', { target })
          : i18n.t('assessment.clock.withinTarget', {
              target,
              remaining: formatDuration(target - elapsedMinutes, i18n),
            })}
      </SM>
    </div>
  )
}
