import { Button } from '@zendeskgarden/react-buttons'
import { XL, SM } from '@zendeskgarden/react-typography'
import { useEffect, useMemo, useState } from 'react'
import styled from 'styled-components'
import { isInGroup } from '../../core/budget/approval'
import type { BudgetPolicy } from '../../core/budget/types'
import { addMonths, periodOf } from '../../core/impact/period'
import { allNumbersCsv, reportTables } from '../../core/impact/tables'
import { HelpdeskError, isHelpdeskError } from '../../helpdesk/errors'
import type { ImpactConnection } from '../../helpdesk/impact-ports'
import type { SettingProblem } from '../../helpdesk/recovery-settings'
import { I18nProvider, useI18n } from '../i18n/I18nContext'
import type { Translator } from '../i18n/translate'
import { Notice } from '../shared/Notice'
import { downloadText } from './download'
import { formatDateUtc } from './format'
import { LoadingBar, PartialNotice } from './LoadStatus'
import { PeriodChooser, type MonthRange } from './PeriodChooser'
import { Results } from './Results'
import { withImpactStrings } from './strings'
import { useImpactLoad } from './useImpactLoad'

const Page = styled.main`
  padding: 20px 28px 40px;
  max-width: 1040px;
`
const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: flex-end;
  gap: 16px;
  margin-bottom: 16px;
`

type Access =
  | { status: 'checking' }
  | { status: 'error'; error: HelpdeskError }
  | { status: 'settings_invalid'; problems: SettingProblem[] }
  | { status: 'forbidden'; group: string | null }
  | { status: 'allowed'; connection: ImpactConnection; policy: BudgetPolicy }

const asError = (error: unknown) =>
  isHelpdeskError(error)
    ? error
    : new HelpdeskError('unexpected', error instanceof Error ? error.message : String(error))

/**
 * The nav_bar page for team leads: did recovery work, how fast, what did it cost. Only admins and members of
 * the team-lead group (the app setting) see the numbers; anyone else is told who can.
 */
export default function ImpactPage({ openImpact }: { openImpact: () => Promise<ImpactConnection> }) {
  const base = useI18n()
  const [translator, setTranslator] = useState<Translator | null>(null)
  useEffect(() => {
    let live = true
    void withImpactStrings(base).then((loaded) => live && setTranslator(loaded))
    return () => {
      live = false
    }
  }, [base])
  if (!translator) return null
  return (
    <I18nProvider translator={translator}>
      <ImpactAccess openImpact={openImpact} />
    </I18nProvider>
  )
}

function ImpactAccess({ openImpact }: { openImpact: () => Promise<ImpactConnection> }) {
  const { t } = useI18n()
  const [access, setAccess] = useState<Access>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setAccess({ status: 'checking' })
    ;(async () => {
      const connection = await openImpact()
      if (!connection.settings.ok)
        return { status: 'settings_invalid', problems: connection.settings.problems } as const
      const { settings } = connection.settings
      const viewer = await connection.readViewer()
      const allowed =
        viewer.role === 'admin' ||
        (settings.teamLeadGroup !== null && isInGroup(viewer, settings.teamLeadGroup))
      return allowed
        ? ({ status: 'allowed', connection, policy: settings.budget } as const)
        : ({ status: 'forbidden', group: settings.teamLeadGroup } as const)
    })().then(
      (next) => live && setAccess(next),
      (error: unknown) => live && setAccess({ status: 'error', error: asError(error) }),
    )
    return () => {
      live = false
    }
  }, [openImpact, attempt])

  let body
  if (access.status === 'checking') body = <SM data-testid="impact-checking">{t('impact.checking')}</SM>
  else if (access.status === 'error') {
    body = (
      <Notice tone="error" title={t('impact.error_title')} data-testid="impact-error">
        <p style={{ margin: '0 0 8px' }}>
          {t(`error.codes.${access.error.code}`, {
            problem: access.error.details.problem ?? access.error.message,
            seconds: access.error.details.retryAfterSeconds ?? 60,
            status: access.error.details.status ?? '',
            message: access.error.message,
          })}
        </p>
        <Button size="small" onClick={() => setAttempt((n) => n + 1)} data-testid="impact-error-retry">
          {t('error.retry')}
        </Button>
      </Notice>
    )
  } else if (access.status === 'settings_invalid') {
    body = (
      <Notice tone="error" title={t('impact.settings_invalid')} data-testid="impact-settings-invalid">
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {access.problems.map((problem) => (
            <li key={problem.setting}>
              {problem.setting}: {problem.message}
            </li>
          ))}
        </ul>
      </Notice>
    )
  } else if (access.status === 'forbidden') {
    body = (
      <Notice tone="warning" title={t('impact.forbidden_title')} data-testid="impact-forbidden">
        {access.group ? t('impact.forbidden_group', { group: access.group }) : t('impact.forbidden_admins')}
      </Notice>
    )
  } else body = <ImpactNumbers connection={access.connection} policy={access.policy} />

  return (
    <Page data-testid="impact-page">
      <XL tag="h1" isBold style={{ marginBottom: 4 }}>
        {t('impact.title')}
      </XL>
      <SM style={{ marginBottom: 16 }}>{t('impact.subtitle')}</SM>
      {body}
    </Page>
  )
}

function ImpactNumbers({ connection, policy }: { connection: ImpactConnection; policy: BudgetPolicy }) {
  const { t, locale } = useI18n()
  const now = useMemo(() => new Date().toISOString(), [])
  const currentMonth = now.slice(0, 7)
  const [range, setRange] = useState<MonthRange>({ first: addMonths(currentMonth, -2), last: currentMonth })
  const period = useMemo(() => periodOf(range.first, range.last, now), [range, now])
  const { view, cancel, retry } = useImpactLoad(connection, policy, period, now)
  const report = view.status === 'loading' ? null : view.report
  const tables = useMemo(() => (report ? reportTables(report) : null), [report])

  return (
    <>
      <Header>
        <PeriodChooser value={range} currentMonth={currentMonth} onChange={setRange} />
        {report && tables && (
          <Button
            onClick={() =>
              downloadText(
                `turnaround-impact-${report.period.firstMonth}-${report.period.lastMonth}.csv`,
                allNumbersCsv(tables),
              )
            }
            data-testid="impact-csv"
          >
            {t('impact.download_all')}
          </Button>
        )}
      </Header>
      {report && (
        <SM data-testid="impact-period" style={{ marginBottom: 12 }}>
          {t('impact.period.shown', {
            from: formatDateUtc(report.period.start, locale),
            to: formatDateUtc(new Date(Date.parse(report.period.end) - 1).toISOString(), locale),
          })}
        </SM>
      )}
      {view.status === 'loading' && <LoadingBar progress={view.progress} onCancel={cancel} />}
      {view.status === 'partial' && (
        <PartialNotice
          reason={view.reason}
          error={view.error}
          missing={view.missing}
          shownFrom={view.report?.period.start ?? null}
          onRetry={retry}
        />
      )}
      {report && tables && <Results report={report} tables={tables} />}
    </>
  )
}
