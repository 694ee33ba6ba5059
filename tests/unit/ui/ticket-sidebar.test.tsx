// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TicketSnapshot } from '../../../src/core/model'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import type { HelpdeskPort, TicketContext } from '../../../src/helpdesk/ports'
import { TicketSidebar } from '../../../src/ui/ticket_sidebar/TicketSidebar'

afterEach(cleanup)

const snapshot: TicketSnapshot = {
  id: '7',
  locale: 'de',
  channel: 'email',
  subject: 'Rechnung doppelt',
  status: 'open',
  createdAt: '2026-11-20T09:00:00.000Z',
  tags: [],
  comments: [
    {
      author: 'customer',
      body: '<img src=x onerror=alert(1)> Ich wurde doppelt belastet!',
      createdAt: '2026-11-20T09:00:00.000Z',
      public: true,
    },
    { author: 'agent', body: 'Wir prüfen das.', createdAt: '2026-11-20T15:00:00.000Z', public: true },
  ],
  csat: { score: 'bad', comment: 'Zu langsam <script>alert(1)</script>', reason: 'Slow' },
  requester: { id: '1', name: 'Jonas Weber', locale: 'de' },
  metrics: { reopens: 2 },
  history: [
    {
      id: '5',
      subject: 'Lieferung',
      status: 'closed',
      createdAt: '2026-10-01T00:00:00.000Z',
      csat: { score: 'bad' },
    },
    { id: '4', subject: 'Passwort', status: 'solved', createdAt: '2026-09-01T00:00:00.000Z', csat: null },
  ],
}

const context: TicketContext = {
  snapshot,
  agent: { id: '2', name: 'Alex', locale: 'en-US' },
  settings: { detectionSensitivity: 'normal', replySlaMinutes: 240 },
  readAt: '2026-11-20T16:00:00.000Z',
}

function fakeHelpdesk(
  read: () => Promise<TicketContext>,
): HelpdeskPort & { resize: ReturnType<typeof vi.fn> } {
  return {
    readTicketContext: vi.fn(read),
    readAgentLocale: async () => 'en-US',
    resize: vi.fn(async () => undefined),
    // These sidebar tests are about the first render; the recovery panel has its own tests.
    openRecovery: () => new Promise(() => undefined),
    openConfirmModal: () => new Promise(() => undefined),
  }
}

/** Detection loads as separate chunks; the first import in a test run also transforms the lexicons. */
const findAssessment = () => screen.findByTestId('assessment', {}, { timeout: 10_000 })

const renderSidebar = (helpdesk: HelpdeskPort) =>
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <TicketSidebar helpdesk={helpdesk} />
    </ThemeProvider>,
  )

// Lazily loaded panels: under load a test outlives vitest's 5 s default, so it gets the room its 10 s waits assume.
describe('ticket sidebar', { timeout: 30_000 }, () => {
  it('shows a skeleton, then the customer context, and marks the first full render', async () => {
    performance.clearMarks()
    let resolve!: (value: TicketContext) => void
    const helpdesk = fakeHelpdesk(() => new Promise((r) => (resolve = r)))
    renderSidebar(helpdesk)
    expect(screen.getByTestId('sidebar-loading')).toBeTruthy()

    await act(async () => resolve(context))
    const panel = screen.getByTestId('customer-context')
    expect(within(panel).getByTestId('requester-name').textContent).toBe('Jonas Weber')
    expect(within(panel).getByTestId('ticket-csat').textContent).toBe('Bad')
    expect(within(panel).getByTestId('reopens').textContent).toBe('Reopened 2 times')
    expect(within(panel).getByTestId('reply-gap').textContent).toBe('Longest wait for a reply: 6 hours')
    expect(within(panel).getAllByTestId('earlier-ticket')).toHaveLength(2)
    expect(panel.textContent).toContain('1 of them rated bad')

    // Detection loads on demand; the first full render is marked once the assessment is shown too.
    const assessment = await findAssessment()
    expect(assessment.getAttribute('data-level')).toMatch(/recover|urgent/)
    const codes = within(assessment)
      .getAllByTestId('assessment-reason')
      .map((item) => item.getAttribute('data-code'))
    expect(codes).toContain('csat_bad')
    expect(within(assessment).getByTestId('recovery-clock')).toBeTruthy()
    expect(performance.getEntriesByName('turnaround:first-full-render')).toHaveLength(1)
  })

  it('renders customer text as text, never as HTML', async () => {
    renderSidebar(fakeHelpdesk(async () => context))
    const panel = await screen.findByTestId('customer-context')
    await findAssessment()
    expect(document.querySelector('script, img')).toBeNull()
    expect(panel.textContent).toContain('<script>alert(1)</script>')
  })

  it('explains a failure and recovers on retry', async () => {
    let attempt = 0
    const helpdesk = fakeHelpdesk(async () => {
      attempt++
      if (attempt === 1) {
        throw new HelpdeskError('server', 'GET /x failed with HTTP 500', { source: 'GET /x', status: 500 })
      }
      return context
    })
    renderSidebar(helpdesk)
    const error = await screen.findByTestId('sidebar-error')
    expect(error.textContent).toContain('temporary problem (HTTP 500)')
    expect(error.textContent).toContain('Failed: GET /x')
    fireEvent.click(screen.getByTestId('retry'))
    expect(await screen.findByTestId('customer-context')).toBeTruthy()
    await findAssessment()
    expect(helpdesk.readTicketContext).toHaveBeenCalledTimes(2)
  })

  it('does not offer a retry that cannot help (bad settings)', async () => {
    renderSidebar(
      fakeHelpdesk(async () => {
        throw new HelpdeskError('bad_settings', 'x', {
          problem: 'reply_sla_minutes: must be at least 1 minute',
        })
      }),
    )
    const error = await screen.findByTestId('sidebar-error')
    expect(error.textContent).toContain('reply_sla_minutes: must be at least 1 minute')
    expect(screen.queryByTestId('retry')).toBeNull()
  })
})
