// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { afterEach, describe, expect, it } from 'vitest'
import { lastMonths, weeksOf } from '../../../src/core/impact/period'
import type { Actor } from '../../../src/core/recovery/types'
import type { ImpactConnection, ImpactLoader, ImpactLoadResult } from '../../../src/helpdesk/impact-ports'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import { checkRecoverySettings } from '../../../src/helpdesk/recovery-settings'
import { englishTranslator } from '../../../src/ui/i18n/load'
import { I18nProvider } from '../../../src/ui/i18n/I18nContext'
import ImpactPage from '../../../src/ui/nav_bar/ImpactPage'
import { plant } from '../../support/impact/plant'

afterEach(cleanup)

const lead: Actor = { id: '9', name: 'Priya', role: 'agent', groups: [{ id: '5', name: 'Team leads' }] }
const agent: Actor = { id: '8', name: 'Sam', role: 'agent', groups: [] }

const recentPeriod = () => lastMonths(3, new Date().toISOString())

function connection(
  viewer: Actor,
  results: ImpactLoadResult[],
  settings = { team_lead_group: 'Team leads' },
) {
  const loader: ImpactLoader = {
    load: async ({ onProgress }) => {
      onProgress?.({
        ticketsLoaded: 1,
        ticketsExpected: 2,
        ledgerRecords: 0,
        monthsDone: 0,
        monthsTotal: 3,
        requests: 1,
      })
      return results.shift()!
    },
  }
  const impact: ImpactConnection = {
    settings: checkRecoverySettings(settings),
    readViewer: async () => viewer,
    loader: () => loader,
  }
  return () => Promise.resolve(impact)
}

function renderPage(open: () => Promise<ImpactConnection>) {
  return render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider translator={englishTranslator()}>
        <ImpactPage openImpact={open} />
      </I18nProvider>
    </ThemeProvider>,
  )
}

const progress = {
  ticketsLoaded: 0,
  ticketsExpected: 0,
  ledgerRecords: 0,
  monthsDone: 3,
  monthsTotal: 3,
  requests: 4,
}

// The page loads its charts lazily; on a loaded 2-core machine a test outlives vitest's 5 s default, so it gets the
// same room as its 10 s waits (it failed twice under load today and passed on rerun).
describe('impact page', { timeout: 30_000 }, () => {
  it('tells an agent outside the team-lead group who can see the numbers, and loads nothing', async () => {
    renderPage(connection(agent, []))
    const notice = await screen.findByTestId('impact-forbidden', {}, { timeout: 10_000 })
    expect(notice.textContent).toContain('Team leads')
    expect(screen.queryByTestId('impact-results')).toBeNull()
  })

  it('shows the charts, the control chart and the tables for a team lead', async () => {
    const period = recentPeriod()
    const planted = plant({
      period,
      weeks: weeksOf(period).map(() => ({ tickets: 10, negatives: 2 })),
      touchMinutes: [3, 9, 40],
      outcomes: { good: 2, bad: 1, unanswered: 0 },
      spends: [{ agent: '8', gesture: 'credit', amountMinor: 1_000 }],
    })
    renderPage(
      connection(lead, [{ status: 'complete', tickets: planted.tickets, ledger: planted.ledger, progress }]),
    )
    await screen.findByTestId('impact-results', {}, { timeout: 10_000 })
    expect(screen.getByTestId('control-chart')).toBeTruthy()
    expect(screen.getByTestId('centre-line')).toBeTruthy()
    expect(screen.getByTestId('tile-touch_median').textContent).toContain('9')
    fireEvent.click(screen.getAllByTestId('show-table')[0]!)
    expect(screen.getByTestId('table-weekly').textContent).toContain('Negative rate')
    expect(screen.getByText('Recovery impact')).toBeTruthy()
  })

  it('on a failure names what is missing, shows no wrong number, and Continue loading finishes', async () => {
    const period = recentPeriod()
    const partial: ImpactLoadResult = {
      status: 'partial',
      reason: { kind: 'failed', error: new HelpdeskError('server', 'boom', { status: 503 }) },
      missing: [{ kind: 'tickets', from: period.start, to: period.end }],
      completeMonths: [],
      tickets: [],
      ledger: [],
      progress,
    }
    renderPage(connection(lead, [partial, { status: 'complete', tickets: [], ledger: [], progress }]))
    const notice = await screen.findByTestId('impact-partial', {}, { timeout: 10_000 })
    expect(notice.textContent).toContain('HTTP 503')
    expect(screen.getByTestId('impact-missing').textContent).toMatch(
      /^Tickets created from .+ are not loaded\.$/,
    )
    expect(screen.queryByTestId('impact-results')).toBeNull()
    fireEvent.click(screen.getByTestId('impact-retry'))
    await waitFor(() => expect(screen.getByTestId('impact-results')).toBeTruthy())
    expect(screen.queryByTestId('impact-partial')).toBeNull()
  })

  it('Cancel stops the load and says so; Continue loading picks it up', async () => {
    const period = recentPeriod()
    const loads: string[] = []
    const loader: ImpactLoader = {
      load: ({ signal, onProgress }) => {
        loads.push('load')
        onProgress?.({
          ticketsLoaded: 400,
          ticketsExpected: 1000,
          ledgerRecords: 12,
          monthsDone: 1,
          monthsTotal: 3,
          requests: 3,
        })
        if (loads.length > 1)
          return Promise.resolve({ status: 'complete', tickets: [], ledger: [], progress })
        return new Promise((resolve) =>
          signal?.addEventListener('abort', () =>
            resolve({
              status: 'partial',
              reason: { kind: 'cancelled' },
              missing: [{ kind: 'tickets', from: period.start, to: period.end }],
              completeMonths: [],
              tickets: [],
              ledger: [],
              progress,
            }),
          ),
        )
      },
    }
    const impact: ImpactConnection = {
      settings: checkRecoverySettings({ team_lead_group: 'Team leads' }),
      readViewer: async () => lead,
      loader: () => loader,
    }
    renderPage(() => Promise.resolve(impact))
    await screen.findByTestId('impact-loading', {}, { timeout: 10_000 })
    expect(screen.getByTestId('impact-progress-detail').textContent).toBe(
      '400 of 1,000 tickets · 12 ledger records · 3 requests',
    )
    fireEvent.click(screen.getByTestId('impact-cancel'))
    const notice = await screen.findByTestId('impact-partial', {}, { timeout: 10_000 })
    expect(notice.textContent).toContain('You cancelled the loading.')
    fireEvent.click(screen.getByTestId('impact-retry'))
    await screen.findByTestId('impact-results', {}, { timeout: 10_000 })
    expect(loads).toHaveLength(2)
  })

  it('says why when the recovery settings are invalid', async () => {
    renderPage(connection(lead, [], { team_lead_group: 'Team leads', currency: 'EURO' } as never))
    expect(
      (await screen.findByTestId('impact-settings-invalid', {}, { timeout: 10_000 })).textContent,
    ).toContain('currency')
  })
})
