import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import type { HelpdeskError } from '../../helpdesk/errors'
import { useI18n } from '../i18n/I18nContext'
import { Notice } from '../shared/Notice'

export function ErrorState({ error, onRetry }: { error: HelpdeskError; onRetry?: () => void }) {
  const { t } = useI18n()
  const { details } = error
  const message = t(`error.codes.${error.code}`, {
    problem: details.problem ?? error.message,
    seconds: details.retryAfterSeconds ?? 60,
    status: details.status ?? '',
    message: error.message,
  })
  const canRetry = onRetry && error.code !== 'not_in_helpdesk' && error.code !== 'bad_settings'
  return (
    <Notice tone="error" title={t('error.title')} data-testid="sidebar-error">
      <p data-testid="sidebar-error-message" style={{ margin: '0 0 4px' }}>
        {message}
      </p>
      {details.source && <SM>{t('error.failedSource', { source: details.source })}</SM>}
      {canRetry && (
        <Button size="small" onClick={onRetry} data-testid="retry" style={{ marginTop: 8 }}>
          {t('error.retry')}
        </Button>
      )}
    </Notice>
  )
}
