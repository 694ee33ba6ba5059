import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, openTicket, waitForSubscription } from './browser'
import { sessionAs, useHarness } from './harness-fixture'
import { probeHarness } from './zaf-probe'

/**
 * Who the page acts as (`?agent=`, the settings panel's "Act as"), and following the open ticket: a write
 * by another session reaches the form (under the agent's unsaved edits) and the app as `ticket.updated`;
 * the page's own Submit gives `ticket.submit.done` only.
 */

interface Staff {
  id: number
  name: string
  groups: Array<{ id: number; name: string }>
}

async function staff(hostUrl: string): Promise<Staff[]> {
  const answer = (await (await fetch(new URL('__harness/users', hostUrl))).json()) as { users: Staff[] }
  return answer.users
}

async function probeIn(page: Page): Promise<{ frame: Frame; guid: string }> {
  const frame = await appFrame(page)
  await frame.waitForFunction(() => window.zafProbe !== undefined)
  return { frame, guid: await frame.evaluate(async () => (await window.zafProbe.context).instanceGuid) }
}

async function whoAmI(frame: Frame): Promise<{ zaf: unknown; rest: unknown }> {
  return frame.evaluate(async () => {
    const { client } = window.zafProbe
    const zaf = (await client.get('currentUser')).currentUser as { id: number; groups: unknown }
    const rest = await client.request<{ user: { id: number } }>('/api/v2/users/me.json')
    return { zaf: { id: zaf.id, groups: zaf.groups }, rest: rest.user.id }
  })
}

describe('agents and ticket updates', () => {
  const { harness, page } = useHarness(probeHarness())

  it('acts as the agent in ?agent= and as the one picked in the settings panel, for ZAF and REST', async () => {
    const users = await staff(harness().hostUrl)
    const teamLead = users.find((user) => user.groups.length > 1)
    const other = users.find((user) => user.id !== teamLead?.id && user.name !== teamLead?.name)
    if (!teamLead || !other) throw new Error('the seed needs two staff users, one in several groups')

    await openTicket(page(), harness().hostUrl, 4206, { agentId: teamLead.id })
    expect(await page().textContent('[data-testid="current-agent"]')).toContain(teamLead.name)
    let probe = await probeIn(page())
    expect(await whoAmI(probe.frame)).toEqual({
      zaf: { id: teamLead.id, groups: teamLead.groups },
      rest: teamLead.id,
    })

    await page().selectOption('#act-as', String(other.id))
    await page().waitForFunction(
      (name) => document.getElementById('current-agent')?.textContent?.includes(name),
      other.name,
    )
    expect(new URL(page().url()).searchParams.get('agent')).toBe(String(other.id))
    await page().waitForFunction((guid) => window.__harness.instance?.guid !== guid, probe.guid)
    probe = await probeIn(page())
    expect(await whoAmI(probe.frame)).toEqual({ zaf: { id: other.id, groups: other.groups }, rest: other.id })
    expect(await page().evaluate(() => window.__harness.agent?.id)).toBe(other.id)
  })

  it('brings a write by another session into the form, keeps unsaved edits, and tells the app ticket.updated', async () => {
    const users = await staff(harness().hostUrl)
    const [me, colleague] = users
    if (!me || !colleague) throw new Error('the seed needs two staff users')
    const ticketId = 4204
    await openTicket(page(), harness().hostUrl, ticketId, { agentId: me.id })
    const { frame, guid } = await probeIn(page())
    await frame.evaluate(() => {
      window.zafProbe.listen('ticket.updated')
      window.zafProbe.listen('ticket.submit.done')
    })
    await waitForSubscription(page(), guid, 'ticket.updated')
    await waitForSubscription(page(), guid, 'ticket.submit.done')
    // The agent's unsaved edit: a status they chose in the form.
    await page().selectOption('select[aria-label="Status"]', 'pending')

    const workspace = (await (
      await fetch(new URL(`__harness/workspace?ticket=${ticketId}`, harness().hostUrl))
    ).json()) as {
      ticket: { tags: string[]; status: string }
      requirements: Record<string, { requirement_id: number }>
    }
    const followUpId = workspace.requirements.turnaround_follow_up?.requirement_id
    const asColleague = await sessionAs(harness().hostUrl, colleague.id)
    const written = await asColleague(`/api/v2/tickets/${ticketId}.json`, 'PUT', {
      ticket: {
        status: 'hold',
        tags: [...workspace.ticket.tags, 'seen_by_colleague'],
        custom_fields: [{ id: followUpId, value: '2026-04-02' }],
      },
    })
    expect(written.status).toBe(200)

    await frame.waitForFunction(() => window.zafProbe.events.some((event) => event.name === 'ticket.updated'))
    const [updated] = await frame.evaluate(() =>
      window.zafProbe.events.filter((event) => event.name === 'ticket.updated'),
    )
    expect(updated?.data).toEqual({ updatedBy: { id: colleague.id, name: colleague.name } })
    // Tags and the field the agent left alone follow the saved ticket; the status they chose stays.
    expect(await page().textContent('[data-testid="draft-tags"]')).toContain('seen_by_colleague')
    expect(
      await page().$eval('select[aria-label="Status"]', (select) => (select as HTMLSelectElement).value),
    ).toBe('pending')
    const seen = await frame.evaluate(async (fieldId) => {
      const path = `ticket.customField:custom_field_${fieldId}`
      const got = await window.zafProbe.client.get(['ticket.tags', 'ticket.status', path])
      return { tags: got['ticket.tags'], status: got['ticket.status'], followUp: got[path] }
    }, followUpId)
    expect(seen).toEqual({
      tags: expect.arrayContaining(['seen_by_colleague']),
      status: 'pending',
      followUp: '2026-04-02',
    })
    // "What the app changed" names the follow-up by the installed field's title.
    await page().waitForFunction(() =>
      document.querySelector('[data-testid="follow-up"]')?.textContent?.includes('2026-04-02'),
    )
    expect(await page().textContent('[data-testid="follow-up"]')).toBe(
      'Turnaround: follow-up date: 2026-04-02',
    )

    // The page's own Submit: ticket.submit.done, and no ticket.updated for it.
    await page().click('button:has-text("Submit as pending")')
    await frame.waitForFunction(() =>
      window.zafProbe.events.some((event) => event.name === 'ticket.submit.done'),
    )
    await page().waitForTimeout(2500)
    const names = await frame.evaluate(() => window.zafProbe.events.map((event) => event.name))
    expect(names).toEqual(['ticket.updated', 'ticket.submit.done'])
    const saved = (await (
      await fetch(new URL(`__harness/workspace?ticket=${ticketId}`, harness().hostUrl))
    ).json()) as {
      ticket: { status: string; tags: string[] }
    }
    expect(saved.ticket.status).toBe('pending')
    expect(saved.ticket.tags).toContain('seen_by_colleague')
    expect(
      await page().evaluate(() => window.__harness.ticketUpdates.map((update) => update.deliveredTo)),
    ).toEqual([[guid]])
  })

  it("counts the app's own REST write as an update made outside the form", async () => {
    const ticketId = 4211
    await openTicket(page(), harness().hostUrl, ticketId)
    const { frame, guid } = await probeIn(page())
    await frame.evaluate(() => window.zafProbe.listen('ticket.updated'))
    await waitForSubscription(page(), guid, 'ticket.updated')
    const agent = await page().evaluate(() => window.__harness.agent)
    await frame.evaluate(
      (id) =>
        window.zafProbe.client.request({
          url: `/api/v2/tickets/${id}/tags.json`,
          type: 'PUT',
          contentType: 'application/json',
          data: JSON.stringify({ tags: ['written_by_app'] }),
        }),
      ticketId,
    )
    await frame.waitForFunction(() => window.zafProbe.events.length === 1, undefined, { timeout: 5000 })
    expect(await frame.evaluate(() => window.zafProbe.events[0]?.data)).toEqual({ updatedBy: agent })
    expect(await page().textContent('[data-testid="draft-tags"]')).toContain('written_by_app')
  })

  it('shows ledger records written for the ticket, with who wrote them, and deleted ones as deleted', async () => {
    const ticketId = 4202
    await openTicket(page(), harness().hostUrl, ticketId)
    const [, colleague] = await staff(harness().hostUrl)
    if (!colleague) throw new Error('the seed needs two staff users')
    const asColleague = await sessionAs(harness().hostUrl, colleague.id)
    const created = await asColleague('/api/v2/custom_objects/turnaround_ledger/records', 'POST', {
      custom_object_record: {
        name: 'Refund 4202',
        external_id: 'probe-spend-4202',
        custom_object_fields: {
          entry_kind: 'spend',
          ticket: String(ticketId),
          amount_minor: 1250,
          currency: 'EUR',
        },
      },
    })
    expect(created.status).toBe(201)
    await page().waitForSelector('[data-testid="ledger"] .ledger-created')
    const line = await page().textContent('[data-testid="ledger"]')
    expect(line).toContain('Refund 4202')
    expect(line).toContain(colleague.name)
    expect(line).toContain('amount_minor: 1250')

    const removed = await asColleague(
      '/api/v2/custom_objects/turnaround_ledger/records?external_id=probe-spend-4202',
      'DELETE',
    )
    expect(removed.status).toBe(204)
    await page().waitForSelector('[data-testid="ledger"] .ledger-deleted')
    expect(await page().textContent('#changes')).toMatch(/turnaround_ledger record deleted: Refund 4202/)
  })
})
