import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, modalFrame, openTicket } from './browser'
import { useHarness } from './harness-fixture'

/**
 * Start recovery end to end: the real app in Chromium, inside the harness that plays Zendesk (its REST rules,
 * its custom objects, its modal instances). What the app changed is read back from the fake account's store.
 */

const LEDGER = 'turnaround_ledger'
const SETTINGS = {
  currency: 'USD',
  gesture_cap_per_ticket: '50',
  gesture_budget_per_agent_month: '100',
  approval_threshold: '30',
  team_lead_group: 'Team leads',
}

describe('Start recovery', () => {
  const { harness, page, newPage } = useHarness()
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
  const turnaroundNotes = (ticketId: number) =>
    store()
      .getComments(ticketId)
      .filter((comment) => !comment.public && comment.body.startsWith('Turnaround:'))
  const ledgerFor = (ticketId: number) =>
    store()
      .records.list(LEDGER)
      .filter((record) => String(record.custom_object_fields.ticket) === String(ticketId))

  async function openPlaybook(
    target: Page,
    ticketId: number,
    agent?: string,
    settings = SETTINGS,
  ): Promise<Frame> {
    await openTicket(target, harness().hostUrl, ticketId, {
      settings,
      ...(agent ? { agentId: userId(agent) } : {}),
    })
    const frame = await appFrame(target)
    const shown = await frame.waitForSelector('[data-testid="playbook"], [data-testid="plan-anyway"]', {
      timeout: 20_000,
    })
    // A ticket the detector finds calm still lets the agent plan a recovery.
    if ((await shown.getAttribute('data-testid')) === 'plan-anyway') await shown.click()
    await frame.waitForSelector('[data-testid="playbook"]')
    return frame
  }

  async function chooseCredit(frame: Frame, amount: string): Promise<void> {
    await frame.selectOption('[data-testid="gesture-type"]', 'credit')
    await frame.fill('[data-testid="gesture-amount"]', amount)
  }

  /** Start recovery, then confirm in the modal the harness opened. */
  async function startAndConfirm(target: Page, frame: Frame): Promise<void> {
    await frame.click('[data-testid="start-recovery"]')
    const modal = await modalFrame(target)
    await modal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await modal.click('[data-testid="confirm-yes"]')
  }

  const outcome = async (frame: Frame) => {
    const box = await frame.waitForSelector('[data-testid="recovery-outcome"]', { timeout: 20_000 })
    return {
      ok: (await box.getAttribute('data-ok')) === 'true',
      message: ((await frame.textContent('[data-testid="recovery-outcome-message"]')) ?? '').trim(),
    }
  }

  it('suggests a playbook, inserts the apology, and applies the recovery once after confirmation', async () => {
    const frame = await openPlaybook(page(), 4202)
    const tagsBefore = store().getTicket(4202).tags
    // The apology, in the customer's language, goes into the reply editor — never straight to the customer.
    const draft = (await frame.textContent('[data-testid="apology-draft"]')) ?? ''
    expect(draft).toMatch(/Derek/)
    await frame.click('[data-testid="insert-apology"]')
    await frame.waitForSelector('[data-testid="apology-inserted"]')
    const inserts = await page().evaluate(() => window.__harness.editorInserts)
    expect(inserts).toHaveLength(1)
    expect(inserts[0]!.text).toContain('Derek')
    expect(await frame.$$eval('[data-testid="step-why"]', (items) => items.length)).toBeGreaterThanOrEqual(4)

    await chooseCredit(frame, '20')
    await frame.click('[data-testid="start-recovery"]')
    const modal = await modalFrame(page())
    await modal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    const summary = (await modal.textContent('[data-testid="confirm-modal"]')) ?? ''
    expect(summary).toMatch(/Recovery in progress/)
    expect(summary).toMatch(/turnaround_active/)
    expect(summary).toMatch(/\$20\.00/)
    // Nothing changed before the agent confirms.
    expect(ledgerFor(4202)).toHaveLength(0)
    await modal.click('[data-testid="confirm-yes"]')

    const result = await outcome(frame)
    expect(result).toMatchObject({ ok: true })
    expect(result.message).toMatch(/follow-up survey is due/)
    expect(
      await frame.$$eval('[data-testid="progress-step"]', (steps) =>
        steps.map((s) => s.getAttribute('data-status')),
      ),
    ).toEqual(['done', 'done', 'done', 'done'])

    const tags = store().getTicket(4202).tags
    expect(tags).toEqual(
      expect.arrayContaining([...tagsBefore, 'turnaround_active', 'turnaround_gesture_credit']),
    )
    expect(fieldValue(4202, 'turnaround_status')).toBe('turnaround_active')
    expect(fieldValue(4202, 'turnaround_amount')).toBe('20.00')
    expect(fieldValue(4202, 'turnaround_follow_up')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(turnaroundNotes(4202)).toHaveLength(1)
    expect(turnaroundNotes(4202)[0]!.body).toMatch(/Operation key: ta-4202-/)
    expect(ledgerFor(4202)).toHaveLength(1)
    expect(ledgerFor(4202)[0]!.custom_object_fields).toMatchObject({
      amount_minor: 2000,
      currency: 'USD',
      gesture: 'credit',
    })

    // The panel then shows the recovery's state and history instead of a fresh suggestion.
    await frame.waitForSelector('[data-testid="recovery-state"][data-status="active"]', { timeout: 15_000 })
    expect(await frame.textContent('[data-testid="recovery-history"]')).toMatch(/Started by Alex Morgan/)
  })

  it('a fault in the ticket update shows what was applied; Retry finishes with one note and one record', async () => {
    const frame = await openPlaybook(page(), 4207)
    await chooseCredit(frame, '15')
    harness().zendesk.injectFault({
      method: 'PUT',
      pathPattern: /^\/api\/v2\/tickets\/4207(\.json)?$/,
      status: 500,
    })
    await startAndConfirm(page(), frame)
    const failed = await outcome(frame)
    expect(failed.ok).toBe(false)
    expect(failed.message).toMatch(/Update the ticket/)
    expect(
      await frame.$$eval('[data-testid="progress-step"]', (steps) =>
        steps.map((s) => s.getAttribute('data-status')),
      ),
    ).toEqual(['done', 'done', 'done', 'failed'])
    expect(ledgerFor(4207)).toHaveLength(1)
    expect(turnaroundNotes(4207)).toHaveLength(0)

    await frame.click('[data-testid="recovery-retry"]')
    await frame.waitForSelector('[data-testid="recovery-outcome"][data-ok="true"]', { timeout: 20_000 })
    expect(turnaroundNotes(4207)).toHaveLength(1)
    expect(ledgerFor(4207)).toHaveLength(1)
    expect(fieldValue(4207, 'turnaround_status')).toBe('turnaround_active')
  })

  it('two tabs racing on the same monthly budget: the second is refused with a clear message', async () => {
    const tight = { ...SETTINGS, gesture_budget_per_agent_month: '50', approval_threshold: '45' }
    // Daniel has two tickets open in two tabs; each gesture fits his month alone, not both.
    const first = await openPlaybook(page(), 4214, 'Daniel', tight)
    const secondPage = await newPage()
    const second = await openPlaybook(secondPage, 4213, 'Daniel', tight)
    expect(await second.textContent('[data-testid="budget-month"]')).toMatch(/\$50\.00 left of \$50\.00/)
    await chooseCredit(first, '30')
    await chooseCredit(second, '30')
    await first.click('[data-testid="start-recovery"]')
    await second.click('[data-testid="start-recovery"]')
    const firstModal = await modalFrame(page())
    const secondModal = await modalFrame(secondPage)
    await firstModal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await secondModal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await firstModal.click('[data-testid="confirm-yes"]')
    expect((await outcome(first)).ok).toBe(true)
    await secondModal.click('[data-testid="confirm-yes"]')
    const refused = await outcome(second)
    expect(refused.ok).toBe(false)
    expect(refused.message).toMatch(/over your budget.*\$20\.00 left this month/)
    expect(ledgerFor(4213)).toHaveLength(0)
    expect(turnaroundNotes(4213)).toHaveLength(0)
  })

  it('a gesture above the threshold waits for a team lead, who approves it from the sidebar', async () => {
    const frame = await openPlaybook(page(), 4210)
    await chooseCredit(frame, '40')
    await frame.waitForSelector('[data-testid="gesture-needs-approval"]')
    await startAndConfirm(page(), frame)
    expect((await outcome(frame)).message).toMatch(/team lead must approve/)
    expect(fieldValue(4210, 'turnaround_status')).toBe('turnaround_approval_needed')
    expect(store().getTicket(4210).tags).toContain('turnaround_approval_needed')
    expect(fieldValue(4210, 'turnaround_follow_up')).toBeNull()
    // The agent who asked cannot approve it.
    await frame.waitForSelector('[data-testid="approval-not-allowed"]', { timeout: 15_000 })

    const lead = await newPage()
    await openTicket(lead, harness().hostUrl, 4210, { settings: SETTINGS, agentId: userId('Priya Raman') })
    const leadFrame = await appFrame(lead)
    await leadFrame.waitForSelector('[data-testid="recovery-state"][data-status="approval_needed"]', {
      timeout: 20_000,
    })
    await leadFrame.click('[data-testid="approve"]')
    await leadFrame.waitForSelector('[data-testid="recovery-state"][data-status="active"]', {
      timeout: 20_000,
    })
    expect(fieldValue(4210, 'turnaround_status')).toBe('turnaround_active')
    expect(fieldValue(4210, 'turnaround_follow_up')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const decisions = ledgerFor(4210).filter(
      (record) => record.custom_object_fields.entry_kind === 'decision',
    )
    expect(decisions).toHaveLength(1)
    expect(decisions[0]!.custom_object_fields).toMatchObject({ decision: 'approved' })
    expect(await leadFrame.textContent('[data-testid="recovery-history"]')).toMatch(/Approved by Priya Raman/)
  })

  it('two agents starting on the same ticket: the second is told another recovery came first', async () => {
    const alex = await openPlaybook(page(), 4203)
    const sofiaPage = await newPage()
    const sofia = await openPlaybook(sofiaPage, 4203, 'Sofia')
    await chooseCredit(alex, '10')
    await chooseCredit(sofia, '12')
    // Both review their changes at the same time; Alex confirms first.
    await alex.click('[data-testid="start-recovery"]')
    await sofia.click('[data-testid="start-recovery"]')
    const alexModal = await modalFrame(page())
    const sofiaModal = await modalFrame(sofiaPage)
    await alexModal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await sofiaModal.waitForSelector('[data-testid="confirm-section"]', { timeout: 15_000 })
    await alexModal.click('[data-testid="confirm-yes"]')
    expect((await outcome(alex)).ok).toBe(true)
    await sofiaModal.click('[data-testid="confirm-yes"]')
    const refused = await outcome(sofia)
    expect(refused.ok).toBe(false)
    expect(refused.message).toMatch(/Another recovery was started on this ticket first/)
    expect(turnaroundNotes(4203)).toHaveLength(1)
    // Sofia's reservation was withdrawn: one spend stays, Alex's.
    expect(ledgerFor(4203).map((record) => record.custom_object_fields.amount_minor)).toEqual([1000])
  })

  it('a reload in the middle leaves an interrupted start that its owner finishes once', async () => {
    const frame = await openPlaybook(page(), 4206)
    await chooseCredit(frame, '8')
    harness().zendesk.injectFault({
      method: 'PUT',
      pathPattern: /^\/api\/v2\/tickets\/4206(\.json)?$/,
      status: 503,
      times: 1,
    })
    await startAndConfirm(page(), frame)
    expect((await outcome(frame)).ok).toBe(false)
    // The agent reloads the ticket instead of pressing Retry.
    await openTicket(page(), harness().hostUrl, 4206, { settings: SETTINGS })
    const reloaded = await appFrame(page())
    await reloaded.waitForSelector('[data-testid="recovery-interrupted"]', { timeout: 20_000 })
    await reloaded.click('[data-testid="finish-recovery"]')
    await reloaded.waitForSelector('[data-testid="recovery-outcome"][data-ok="true"]', { timeout: 20_000 })
    expect(turnaroundNotes(4206)).toHaveLength(1)
    expect(ledgerFor(4206)).toHaveLength(1)
    expect(fieldValue(4206, 'turnaround_amount')).toBe('8.00')
  })
})
