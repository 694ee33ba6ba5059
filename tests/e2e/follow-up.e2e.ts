import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, modalFrame, openTicket } from './browser'
import { useHarness } from './harness-fixture'

/**
 * Closing the loop end to end: the app starts a recovery, then the fake account's installed business rules
 * (requirements.json) take over — the follow-up automation on the account clock, the after-rating and
 * bad-rating triggers, the team-lead views — driven through the harness page's own controls.
 */

const SETTINGS = {
  currency: 'USD',
  approval_threshold: '30',
  follow_up_days: '3',
  team_lead_group: 'Team leads',
}

describe('closing the loop', () => {
  const { harness, page } = useHarness()
  const store = () => harness().store
  const userId = (name: string) =>
    store()
      .listUsers()
      .find((user) => user.name.startsWith(name))!.id
  const fieldValue = (ticketId: number, identifier: string) => {
    const id = Number(store().requirements[identifier]!.requirement_id)
    return (
      store()
        .getTicket(ticketId)
        .custom_fields.find((field) => field.id === id)?.value ?? null
    )
  }
  const notificationsFor = (ticketId: number) => store().rules.notifications.list(ticketId)

  async function startRecovery(target: Page, ticketId: number): Promise<Frame> {
    await openTicket(target, harness().hostUrl, ticketId, { settings: SETTINGS })
    const frame = await appFrame(target)
    const shown = await frame.waitForSelector('[data-testid="playbook"], [data-testid="plan-anyway"]', {
      timeout: 20_000,
    })
    if ((await shown.getAttribute('data-testid')) === 'plan-anyway') await shown.click()
    await frame.selectOption('[data-testid="gesture-type"]', 'credit')
    await frame.fill('[data-testid="gesture-amount"]', '20')
    expect(await frame.inputValue('[data-testid="follow-up-days"]')).toBe('3')
    await frame.click('[data-testid="start-recovery"]')
    const modal = await modalFrame(target)
    await modal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await modal.click('[data-testid="confirm-yes"]')
    await frame.waitForSelector('[data-testid="recovery-state"][data-status="active"]', { timeout: 20_000 })
    return frame
  }

  /** Clicks a rules control on the harness page and waits until the page has refreshed after it. */
  async function act(target: Page, click: () => Promise<void>): Promise<void> {
    const before = await target.evaluate(() => window.__harness.rules.actions.length)
    await click()
    await target.waitForFunction(
      (count) => {
        const actions = window.__harness.rules.actions
        return actions.length > count && actions.at(-1)!.doneAt !== null
      },
      before,
      { timeout: 20_000 },
    )
    const last = await target.evaluate(() => window.__harness.rules.actions.at(-1)!)
    expect(last.ok, last.error ?? '').toBe(true)
  }

  const moveClockDays = (target: Page, days: number) =>
    act(target, async () => {
      await target.fill('[data-testid="clock-days-input"]', String(days))
      await target.click('[data-testid="clock-plus-days"]')
    })

  const rate = (target: Page, score: 'good' | 'bad', comment = '') =>
    act(target, async () => {
      await target.fill('[data-testid="rating-comment"]', comment)
      await target.click(`[data-testid="rate-${score}"]`)
    })

  /** The tickets a view lists in the harness page's Views tab, as a team lead would open it. */
  async function viewTickets(target: Page, title: string): Promise<number[]> {
    await target.click('[data-testid="left-tab-views"]')
    const item = target.locator('[data-testid="view-item"]', {
      has: target.locator('.view-title', { hasText: new RegExp(`^Turnaround: ${title}$`) }),
    })
    await item.click()
    await target.waitForSelector('[data-testid="view-table"], [data-testid="view-empty"]')
    return target.$$eval('[data-testid="view-row"]', (rows) =>
      rows.map((row) => Number(row.getAttribute('data-view-ticket-id'))),
    )
  }

  it('sends the follow-up survey once, after the chosen quiet days, however far the clock moves', async () => {
    const frame = await startRecovery(page(), 4202)
    expect(store().getTicket(4202).tags).toEqual(
      expect.arrayContaining(['turnaround_active', 'turnaround_followup_3d', 'turnaround_before_unrated']),
    )
    expect(await viewTickets(page(), 'Follow-up due')).toContain(4202)

    await moveClockDays(page(), 2)
    expect(notificationsFor(4202)).toHaveLength(0)

    await moveClockDays(page(), 1)
    const sent = notificationsFor(4202)
    expect(sent).toHaveLength(1)
    const requester = store().getUser(store().getTicket(4202).requester_id)
    expect(sent[0]!.to.map((person) => person.email)).toEqual([requester.email])
    expect(sent[0]!.subject).toBe('How do you feel about it now? (#4202)')
    expect(sent[0]!.body).not.toMatch(/\{\{/)
    expect(fieldValue(4202, 'turnaround_follow_up_state')).toBe('turnaround_followup_sent')
    expect(store().getTicket(4202).tags).not.toContain('turnaround_followup_3d')
    expect(await page().$$eval('[data-testid="notification"]', (items) => items.length)).toBe(1)

    await moveClockDays(page(), 10)
    expect(notificationsFor(4202)).toHaveLength(1)
    expect(await viewTickets(page(), 'Follow-up due')).not.toContain(4202)
    // The sidebar follows the automation's change (ticket.updated), without a reload.
    await frame.waitForSelector('[data-testid="history-follow-up"][data-state="sent"]', { timeout: 15_000 })
  })

  it('a good rating after the recovery moves the ticket to Recovered and keeps the rating before', async () => {
    const frame = await startRecovery(page(), 4201)
    expect(fieldValue(4201, 'turnaround_rating_before')).toBe('turnaround_before_bad')
    await rate(page(), 'good', 'Thank you, that fixed it.')

    const tags = store().getTicket(4201).tags
    expect(tags).toEqual(
      expect.arrayContaining(['turnaround_recovered', 'turnaround_after_good', 'turnaround_after_changed']),
    )
    expect(tags).not.toContain('turnaround_active')
    expect(fieldValue(4201, 'turnaround_status')).toBe('turnaround_recovered')
    expect(fieldValue(4201, 'turnaround_rating_before')).toBe('turnaround_before_bad')
    expect(await viewTickets(page(), 'Recovered')).toContain(4201)
    expect(await viewTickets(page(), 'Recovery in progress')).not.toContain(4201)

    await frame.waitForSelector('[data-testid="recovery-state"][data-status="recovered"]', {
      timeout: 15_000,
    })
    expect(await frame.textContent('[data-testid="history-rating-after"]')).toMatch(
      /changed their rating to good/,
    )
  })

  it('a bad rating is flagged by the trigger at once and appears in Needs recovery', async () => {
    await openTicket(page(), harness().hostUrl, 4211, { settings: SETTINGS })
    expect(store().getTicket(4211).tags).not.toContain('turnaround_needed')
    await rate(page(), 'bad', 'Still no invoices and nobody answers.')

    expect(store().getTicket(4211).tags).toContain('turnaround_needed')
    expect(fieldValue(4211, 'turnaround_status')).toBe('turnaround_needed')
    expect(await viewTickets(page(), 'Needs recovery')).toContain(4211)
    const alert = notificationsFor(4211)
    expect(alert).toHaveLength(1)
    expect(alert[0]!.rule.title).toBe('Turnaround: flag a bad rating for recovery')
    expect(alert[0]!.body).toContain('Still no invoices and nobody answers.')
  })

  it('an admin finishes the setup once: recovery columns, the team-lead alert, translated view names', async () => {
    await openTicket(page(), harness().hostUrl, 4207, { settings: SETTINGS, agentId: userId('Lena') })
    const frame = await appFrame(page())
    const card = await frame.waitForSelector('[data-testid="setup-card"][data-phase="pending"]', {
      timeout: 20_000,
    })
    expect(await card.textContent()).toMatch(/team-lead group/)
    await frame.click('[data-testid="setup-run"]')
    await frame.waitForSelector('[data-testid="setup-done"]', { timeout: 20_000 })

    const fieldIds = [
      'turnaround_severity',
      'turnaround_gesture',
      'turnaround_amount',
      'turnaround_follow_up',
    ].map((identifier) => Number(store().requirements[identifier]!.requirement_id))
    const viewId = Number(store().requirements.turnaround_view_needs_recovery!.requirement_id)
    const view = store().rules.book.findView(viewId)!
    expect(view.output.columns).toEqual(expect.arrayContaining(fieldIds))
    expect(view.rawTitle).toBe('{{dc.turnaround_view_needs_recovery}}')

    const triggerId = Number(store().requirements.turnaround_flag_bad_rating!.requirement_id)
    const trigger = store().rules.book.findRule('trigger', triggerId)!
    const teamLeads = store()
      .groups.list()
      .find((group) => group.name === 'Team leads')!
    const notify = trigger.actions.find((action) => action.field === 'notification_group')!
    expect(String((notify.value as string[])[0])).toBe(String(teamLeads.id))

    // The views' names now follow each agent's language.
    await openTicket(page(), harness().hostUrl, 4203, { settings: SETTINGS, locale: 'ja' })
    await page().click('[data-testid="left-tab-views"]')
    const titles = await page().$$eval('[data-testid="view-item"] .view-title', (items) =>
      items.map((item) => item.textContent ?? ''),
    )
    expect(
      titles.some((title) => title.startsWith('Turnaround') && /[\u3040-\u30ff\u4e00-\u9faf]/.test(title)),
    ).toBe(true)
  })
})
