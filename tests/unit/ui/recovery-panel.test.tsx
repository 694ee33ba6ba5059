// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { afterEach, describe, expect, it } from 'vitest'
import type { Assessment } from '../../../src/core/detect/types'
import type { TicketSnapshot } from '../../../src/core/model'
import type { HelpdeskPort, TicketContext } from '../../../src/helpdesk/ports'
import RecoveryPanel from '../../../src/ui/recovery/RecoveryPanel'
import { FakeRecoveryHelpdesk } from '../../support/fake-recovery-helpdesk'

afterEach(cleanup)

const NOW = new Date().toISOString()
const snapshot: TicketSnapshot = {
  id: '4201',
  locale: 'en-US',
  channel: 'email',
  subject: 'Refund still missing',
  status: 'open',
  createdAt: NOW,
  tags: [],
  comments: [
    { author: 'customer', body: 'Still no refund. Really disappointed.', createdAt: NOW, public: true },
  ],
  csat: { score: 'bad', comment: 'Slow and unhelpful' },
  requester: { id: '9', name: 'Megan Clarke', locale: 'en-US' },
}
const context: TicketContext = {
  snapshot,
  agent: { id: '501', name: 'Alex Morgan', locale: 'en-US' },
  settings: { detectionSensitivity: 'normal', replySlaMinutes: 240 },
  readAt: NOW,
}
const assessment: Assessment = {
  negative: true,
  severity: 68,
  level: 'recover',
  failureType: 'slow_response',
  detectedAt: NOW,
  reasons: [
    {
      code: 'csat_bad',
      weight: 3,
      evidence: { kind: 'quote', text: 'Slow and unhelpful', commentIndex: -1, field: 'csat_comment' },
    },
  ],
}

function setup(
  settings: Record<string, unknown> = { currency: 'USD' },
  prepare: (fake: FakeRecoveryHelpdesk) => void = (fake) => fake.addTicket('4201'),
) {
  const fake = new FakeRecoveryHelpdesk({ id: '501', name: 'Alex Morgan', role: 'agent', groups: [] })
  prepare(fake)
  const port: HelpdeskPort = {
    readTicketContext: async () => context,
    readAgentLocale: async () => 'en-US',
    resize: async () => undefined,
    openRecovery: async () => fake.connection(settings),
    openConfirmModal: () => new Promise(() => undefined),
  }
  render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <RecoveryPanel helpdesk={port} context={context} assessment={assessment} />
    </ThemeProvider>,
  )
  return fake
}

describe('recovery panel', () => {
  it('suggests the playbook with why each step is there, and the budget left before anything is committed', async () => {
    setup()
    await screen.findByTestId('playbook')
    expect(screen.getByTestId('apology-draft').textContent).toMatch(/Megan/)
    expect(screen.getByTestId('budget-month').textContent).toBe('$500.00 left of $500.00 this month')
    expect(screen.getAllByTestId('step-why').length).toBeGreaterThanOrEqual(4)
    expect((screen.getByTestId('gesture-type') as HTMLSelectElement).value).toBe('credit')
  })

  it('starts only after the agent confirms, then shows each step and the outcome', async () => {
    const fake = setup()
    await screen.findByTestId('playbook')
    fake.confirmAnswer = false
    await act(async () => fireEvent.click(screen.getByTestId('start-recovery')))
    expect(await screen.findByTestId('nothing-changed')).toBeTruthy()
    expect(fake.records).toHaveLength(0)

    fake.confirmAnswer = true
    await act(async () => fireEvent.click(screen.getByTestId('start-recovery')))
    await waitFor(() => expect(screen.getByTestId('recovery-outcome').getAttribute('data-ok')).toBe('true'))
    expect(fake.summaries.at(-1)!.sections.map((section) => section.heading)).toEqual([
      'Ticket fields',
      "Tags added (the ticket's other tags stay as they are)",
      'Internal note (only agents see it)',
      'Gesture ledger',
    ])
    expect(fake.tickets.get('4201')!.notes).toHaveLength(1)
    expect(fake.tickets.get('4201')!.notes[0]).toMatch(/^Turnaround: recovery started by Alex Morgan/)
    expect(screen.getAllByTestId('progress-step').map((step) => step.getAttribute('data-status'))).toEqual([
      'done',
      'done',
      'done',
      'done',
    ])
  })

  it('refuses an amount above what is left and says so before anything is written', async () => {
    const fake = setup({ currency: 'USD', gesture_cap_per_ticket: '50' })
    await screen.findByTestId('playbook')
    fireEvent.change(screen.getByTestId('gesture-amount'), { target: { value: '75' } })
    expect(screen.getByTestId('gesture-above-ceiling').textContent).toMatch(/\$50\.00/)
    await act(async () => fireEvent.click(screen.getByTestId('start-recovery')))
    expect((await screen.findByTestId('plan-problem')).textContent).toMatch(/more than you can give/)
    expect(fake.summaries).toHaveLength(0)
  })

  it('names every bad setting and keeps recovery off until an admin fixes them', async () => {
    setup({ currency: 'EURO', follow_up_days: '0' })
    await screen.findByTestId('recovery-settings-invalid')
    expect(screen.getAllByTestId('setting-problem').map((p) => p.textContent)).toEqual([
      'Currency: "EURO" is not an ISO 4217 currency code such as EUR, USD or JPY',
      'Follow-up delay (days): must be one of 1, 3, 7, 14, 30 days (an automation is installed for each)',
    ])
  })

  it("pushes the survey past the customer's cooldown, and says why, before anything is written", async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)
    const fake = setup({ currency: 'USD', follow_up_days: '7' }, (fake) => {
      fake.addTicket('4201')
      fake.followUpHistory = [{ ticketId: '3900', state: 'sent', date: threeDaysAgo }]
    })
    await screen.findByTestId('playbook')
    expect(screen.getByTestId('follow-up-due').textContent).toMatch(/ticket #3900/)
    await act(async () => fireEvent.click(screen.getByTestId('start-recovery')))
    await waitFor(() => expect(screen.getByTestId('recovery-outcome').getAttribute('data-ok')).toBe('true'))
    // 7 days would be 10 days after the last survey (cooldown 14): the next automation's delay, 14, clears it.
    expect(fake.tickets.get('4201')!.fields.followUpState).toEqual({ kind: 'scheduled', days: 14 })
  })

  it('schedules no survey on a closed ticket and says so', async () => {
    const fake = setup(undefined, (fake) => fake.addTicket('4201', 'closed'))
    await screen.findByTestId('playbook')
    expect(screen.getByTestId('follow-up-skipped').textContent).toBe('No survey: the ticket is closed.')
    expect(fake.summaries).toHaveLength(0)
  })

  it('cancels a running recovery with its survey and releases a gesture never given, once', async () => {
    const fake = setup()
    await screen.findByTestId('playbook')
    await act(async () => fireEvent.click(screen.getByTestId('start-recovery')))
    await screen.findByTestId('recovery-state')
    expect(fake.tickets.get('4201')!.fields.followUpState).toEqual({ kind: 'scheduled', days: 7 })
    fireEvent.click(await screen.findByTestId('cancel-recovery-ask'))
    fireEvent.click(screen.getByTestId('cancel-release'))
    await act(async () => fireEvent.click(screen.getByTestId('cancel-recovery-confirm')))
    await waitFor(() =>
      expect(screen.getByTestId('recovery-state').getAttribute('data-status')).toBe('cancelled'),
    )
    const ticket = fake.tickets.get('4201')!
    expect(ticket.fields).toMatchObject({ status: 'cancelled', followUpState: { kind: 'cancelled' } })
    expect(ticket.notes).toHaveLength(2)
    expect(ticket.notes[1]).toMatch(/cancelled by Alex Morgan[\s\S]*survey is cancelled[\s\S]*released/)
    expect(fake.records.filter((record) => record.kind === 'decision')).toHaveLength(1)
    expect(screen.getByTestId('history-release')).toBeTruthy()
    expect(screen.queryByTestId('cancel-recovery-ask')).toBeNull()
  })
})
