import { Button } from '@zendeskgarden/react-buttons'
import { Progress } from '@zendeskgarden/react-loaders'
import { SM } from '@zendeskgarden/react-typography'
import type { ImpactProgress, MissingPart } from '../../helpdesk/impact-ports'
import type { HelpdeskError } from '../../helpdesk/errors'
import { useI18n } from '../i18n/I18nContext'
import { Notice } from '../shared/Notice'
import { formatCount, formatDateUtc, formatPercent } from './format'

/** 0–1: tickets against the count search gave, else whole months done. */
export function progressShare(progress: ImpactProgress | null): number {
  if (!progress) return 0
  if (progress.ticketsExpected) return Math.min(0.99, progress.ticketsLoaded / progress.ticketsExpected)
  return progress.monthsTotal ? progress.monthsDone / progress.monthsTotal : 0
}

export function LoadingBar({
  progress,
  onCancel,
}: {
  progress: ImpactProgress | null
  onCancel: () => void
}) {
  const { t, locale } = useI18n()
  const share = progressShare(progress)
  const detail = progress
    ? t('impact.loading.detail', {
        loaded: formatCount(progress.ticketsLoaded, locale),
        expected:
          progress.ticketsExpected === null
            ? t('impact.loading.unknown')
            : formatCount(progress.ticketsExpected, locale),
        records: formatCount(progress.ledgerRecords, locale),
        requests: formatCount(progress.requests, locale),
      })
    : t('impact.loading.starting')
  return (
    <div data-testid="impact-loading" aria-busy="true" style={{ margin: '16px 0' }}>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <div style={{ flex: 1 }}>
          <Progress
            value={Math.round(share * 100)}
            aria-label={t('impact.loading.label')}
            aria-valuetext={formatPercent(share, locale, 0)}
            data-testid="impact-progress"
          />
        </div>
        <Button size="small" onClick={onCancel} data-testid="impact-cancel">
          {t('impact.loading.cancel')}
        </Button>
      </div>
      <SM data-testid="impact-progress-detail">{detail}</SM>
    </div>
  )
}

function missingText(
  part: MissingPart,
  t: (key: string, params?: Record<string, string | number>) => string,
  locale: string,
) {
  if (part.kind === 'tickets') {
    return t('impact.missing.tickets', {
      from: formatDateUtc(part.from, locale),
      to: formatDateUtc(new Date(Date.parse(part.to) - 1).toISOString(), locale),
    })
  }
  return t('impact.missing.ledger', { before: formatDateUtc(part.before, locale) })
}

export function PartialNotice({
  reason,
  error,
  missing,
  shownFrom,
  onRetry,
}: {
  reason: 'cancelled' | 'failed'
  error: HelpdeskError | null
  missing: MissingPart[]
  /** The first day the numbers below cover, or null when none are shown. */
  shownFrom: string | null
  onRetry: () => void
}) {
  const { t, locale } = useI18n()
  const cause =
    reason === 'cancelled'
      ? t('impact.partial.cancelled')
      : t(`error.codes.${error?.code ?? 'unexpected'}`, {
          problem: error?.details.problem ?? error?.message ?? '',
          seconds: error?.details.retryAfterSeconds ?? 60,
          status: error?.details.status ?? '',
          message: error?.message ?? '',
        })
  return (
    <Notice tone="warning" title={t('impact.partial.title')} data-testid="impact-partial">
      <p style={{ margin: '0 0 4px' }} data-testid="impact-partial-cause">
        {cause}
      </p>
      <ul style={{ margin: '0 0 4px', paddingLeft: 18 }}>
        {missing.map((part, index) => (
          <li key={index} data-testid="impact-missing">
            {missingText(part, t, locale)}
          </li>
        ))}
      </ul>
      <p style={{ margin: '0 0 8px' }}>
        {shownFrom
          ? t('impact.partial.shown_from', { from: formatDateUtc(shownFrom, locale) })
          : t('impact.partial.nothing_shown')}
      </p>
      <Button size="small" onClick={onRetry} data-testid="impact-retry">
        {t('impact.partial.retry')}
      </Button>
    </Notice>
  )
}
