import { Button } from '@zendeskgarden/react-buttons'
import { SM } from '@zendeskgarden/react-typography'
import { useEffect, useState } from 'react'
import type { AccountSetupCheck, SetupTaskSummary } from '../../helpdesk/recovery-ports'
import { useI18n } from '../i18n/I18nContext'
import { resolveLocale } from '../i18n/locales'
import type { RecoveryData } from '../recovery/load-recovery'
import { errorText } from '../recovery/outcome-text'
import { Row, Section } from '../recovery/parts'
import { loadViewTitles } from './view-titles'

type Phase =
  | { kind: 'checking' }
  | { kind: 'pending'; check: AccountSetupCheck }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished' }
  | { kind: 'failed'; step: string; message: string; check: AccountSetupCheck }
  | { kind: 'hidden' }

// Checked once a day per browser after it was found finished: five reads are not worth every admin visit.
const FINISHED_KEY = 'turnaround:setup-finished-at'
const RECHECK_MS = 86_400_000

function recentlyFinished(): boolean {
  try {
    const at = Number(localStorage.getItem(FINISHED_KEY))
    return Number.isFinite(at) && Date.now() - at < RECHECK_MS
  } catch {
    return false
  }
}

function rememberFinished(): void {
  try {
    localStorage.setItem(FINISHED_KEY, String(Date.now()))
  } catch {
    // Storage off (private mode): check again next time.
  }
}

/** For admins only: what the installation could not finish (view columns and names, the alert's group). */
export function SetupCard({ data }: { data: RecoveryData }) {
  const i18n = useI18n()
  const { t } = i18n
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const setup = data.actor.role === 'admin' ? data.helpdesk.accountSetup(data.settings.teamLeadGroup) : null

  useEffect(() => {
    if (!setup || recentlyFinished()) return setPhase({ kind: 'hidden' })
    let live = true
    setup.check().then(
      (check) => {
        if (!live) return
        if (!check.tasks.length && !check.alertBlocked) rememberFinished()
        setPhase(check.tasks.length || check.alertBlocked ? { kind: 'pending', check } : { kind: 'hidden' })
      },
      // A failed check is not worth a banner on every ticket: the next visit checks again.
      () => live && setPhase({ kind: 'hidden' }),
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one check per panel load
  }, [data])

  if (!setup || phase.kind === 'hidden' || phase.kind === 'checking') return null

  const taskText = (task: SetupTaskSummary) => t(TASK_LINES[task.kind], { group: task.group ?? '' })
  const run = async (check: AccountSetupCheck) => {
    let current: SetupTaskSummary | undefined
    setPhase({ kind: 'running', done: 0, total: check.tasks.length })
    try {
      const titles = await loadViewTitles()
      await setup.run(titles, resolveLocale, ({ done, total, task }) => {
        current = task
        setPhase({ kind: 'running', done, total })
      })
      rememberFinished()
      setPhase({ kind: 'finished' })
    } catch (error) {
      setPhase({
        kind: 'failed',
        step: current ? taskText(current) : t('setup.title'),
        message: errorText(error, i18n),
        check,
      })
    }
  }

  return (
    <Section data-testid="setup-card" data-phase={phase.kind}>
      <SM isBold>{t('setup.title')}</SM>
      {(phase.kind === 'pending' || phase.kind === 'failed') && (
        <>
          <SM>{t('setup.explain')}</SM>
          <ul style={{ margin: '4px 0', paddingLeft: 16, fontSize: 13 }}>
            {summarise(phase.check).map((line) => (
              <li key={line} data-testid="setup-task">
                {t(line, { group: data.settings.teamLeadGroup ?? '' })}
              </li>
            ))}
          </ul>
          {phase.kind === 'failed' && (
            <SM data-testid="setup-failed" style={{ color: '#cc3340' }}>
              {t('setup.failed', { step: phase.step, message: phase.message })}
            </SM>
          )}
          {phase.check.tasks.length > 0 && (
            <Row>
              <Button size="small" isPrimary onClick={() => void run(phase.check)} data-testid="setup-run">
                {t('setup.run')}
              </Button>
            </Row>
          )}
        </>
      )}
      {phase.kind === 'running' && (
        <SM data-testid="setup-progress">{t('setup.working', { done: phase.done, total: phase.total })}</SM>
      )}
      {phase.kind === 'finished' && (
        <SM data-testid="setup-done" style={{ color: '#038153' }}>
          {t('setup.done')}
        </SM>
      )}
    </Section>
  )
}

const TASK_LINES: Record<SetupTaskSummary['kind'], string> = {
  columns: 'setup.columns',
  alert_group: 'setup.group',
  title_item: 'setup.titles',
  view_title: 'setup.titles',
}

/** One line per kind of work, not per request: the admin reads three lines, not nineteen. */
function summarise(check: AccountSetupCheck): string[] {
  const kinds = new Set(check.tasks.map((task) => task.kind))
  const lines: string[] = []
  if (kinds.has('columns')) lines.push('setup.columns')
  if (kinds.has('alert_group')) lines.push('setup.group')
  else if (check.alertBlocked) lines.push('setup.groupMissing')
  if (kinds.has('title_item') || kinds.has('view_title')) lines.push('setup.titles')
  return lines
}
