import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, openTicket, waitForSubscription } from './browser'
import { useHarness } from './harness-fixture'
import { probeHarness } from './zaf-probe'

/**
 * The ticket the app instances see, from inside a frame running the real ZAF SDK: the reply editor
 * (`ticket.editor.insert`, `comment.append*`), installed requirements (`requirement:<identifier>`), the
 * installed custom fields, the agent's groups, and the organization and requester tags.
 */

async function probeIn(page: Page): Promise<{ frame: Frame; guid: string }> {
  const frame = await appFrame(page)
  await frame.waitForFunction(() => window.zafProbe !== undefined)
  const guid = await frame.evaluate(async () => (await window.zafProbe.context).instanceGuid)
  return { frame, guid }
}

async function replyText(page: Page): Promise<string> {
  return page.$eval('[data-testid="reply-editor"]', (editor) => (editor as HTMLTextAreaElement).value)
}

describe('ticket data and the reply editor through ZAF', () => {
  const { harness, page } = useHarness(probeHarness())

  it('inserts sanitised HTML into the reply at the end of what the agent typed, as plain text', async () => {
    await openTicket(page(), harness().hostUrl, 4206)
    const { frame, guid } = await probeIn(page())
    await page().fill('[data-testid="reply-editor"]', 'Hi Marta, ')

    await frame.evaluate(() =>
      window.zafProbe.client.invoke(
        'ticket.editor.insert',
        '<p style="color:red" onclick="steal()">We are <b>so</b> sorry &amp; have refunded &euro;12.50.</p>' +
          '<script>window.parent.hacked = true</script><style>p{}</style>' +
          '<p>Your new order ships today<br>with tracking.</p>',
      ),
    )
    await page().waitForFunction(() => window.__harness.editorInserts.length === 1)
    const inserted =
      'Hi Marta, We are so sorry & have refunded €12.50.\n\nYour new order ships today\nwith tracking.'
    expect(await replyText(page())).toBe(inserted)
    expect(await page().evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined()

    await frame.evaluate(async () => {
      await window.zafProbe.client.invoke('comment.appendHtml', '<ul><li>one</li><li>two</li></ul>')
      await window.zafProbe.client.invoke('comment.appendText', ' <b>literal</b>')
    })
    const full = `${inserted}one\ntwo <b>literal</b>`
    expect(await replyText(page())).toBe(full)
    expect(
      await frame.evaluate(async () => (await window.zafProbe.client.get('comment.text'))['comment.text']),
    ).toBe(full)
    const records = await page().evaluate(() => window.__harness.editorInserts)
    expect(records.map((record) => [record.action, record.frameGuid])).toEqual([
      ['ticket.editor.insert', guid],
      ['comment.appendHtml', guid],
      ['comment.appendText', guid],
    ])
    expect(records[0]?.text).toBe(
      'We are so sorry & have refunded €12.50.\n\nYour new order ships today\nwith tracking.',
    )
  })

  it('answers requirement: paths, installed custom fields, the agent groups, organization and requester tags', async () => {
    await openTicket(page(), harness().hostUrl, 4211)
    const { frame } = await probeIn(page())
    const workspace = (await (
      await fetch(new URL('__harness/workspace?ticket=4211', harness().hostUrl))
    ).json()) as {
      requirements: Record<string, { requirement_id: number; requirement_type: string }>
      currentUserGroups: Array<{ id: number; name: string }>
    }
    const followUp = workspace.requirements.turnaround_follow_up
    expect(followUp?.requirement_type).toBe('ticket_fields')

    const answers = await frame.evaluate(async (fieldId) => {
      const { client } = window.zafProbe
      const field = `ticket.customField:custom_field_${fieldId}`
      const got = await client.get([
        'requirement:turnaround_follow_up',
        'requirement:turnaround_ledger',
        'requirement:no_such_thing',
        field,
        'currentUser.groups',
        'ticket.organization',
        'ticket.requester.tags',
      ])
      await client.set(field, '2026-03-01')
      const afterSet = (await client.get(field))[field]
      const single = await client.get('requirement:no_such_thing').then(
        () => 'resolved',
        (error: Error) => error.message,
      )
      return { got, afterSet, single }
    }, followUp?.requirement_id)

    expect(answers.got['requirement:turnaround_follow_up']).toEqual({
      requirement_id: followUp?.requirement_id,
      requirement_type: 'ticket_fields',
      identifier: 'turnaround_follow_up',
    })
    expect(answers.got['requirement:turnaround_ledger']).toMatchObject({
      requirement_type: 'custom_objects_v2',
    })
    expect(answers.got.errors?.['requirement:no_such_thing']?.message).toContain('requirement:no_such_thing')
    expect(answers.single).toContain('requirement:no_such_thing')
    expect(answers.got[`ticket.customField:custom_field_${followUp?.requirement_id}`]).toBeNull()
    expect(answers.afterSet).toBe('2026-03-01')
    expect(answers.got['currentUser.groups']).toEqual(workspace.currentUserGroups)
    expect(workspace.currentUserGroups.length).toBeGreaterThan(0)
    expect(answers.got['ticket.organization']).toBeNull()
    expect(answers.got['ticket.requester.tags']).toEqual(expect.any(Array))
    // The set shows in the ticket form under the installed field's title.
    expect(await page().textContent('.ticket-form')).toContain('Turnaround: follow-up date: 2026-03-01')
  })

  it('tells the listening instance about tag and custom field changes the app makes in the form', async () => {
    await openTicket(page(), harness().hostUrl, 4211)
    const { frame, guid } = await probeIn(page())
    const fieldId = await frame.evaluate(async () => {
      const found = await window.zafProbe.client.get('requirement:turnaround_severity')
      return (found['requirement:turnaround_severity'] as { requirement_id: number }).requirement_id
    })
    const fieldEvent = `ticket.custom_field_${fieldId}.changed`
    await frame.evaluate((event) => {
      window.zafProbe.listen('ticket.tags.changed')
      window.zafProbe.listen(event)
    }, fieldEvent)
    await waitForSubscription(page(), guid, 'ticket.tags.changed')
    await waitForSubscription(page(), guid, fieldEvent)
    await frame.evaluate(async (id) => {
      await window.zafProbe.client.invoke('ticket.tags.add', 'turnaround_probe')
      await window.zafProbe.client.set(`ticket.customField:custom_field_${id}`, 72)
    }, fieldId)
    await frame.waitForFunction(() => window.zafProbe.events.length === 2)
    const events = await frame.evaluate(() =>
      window.zafProbe.events.map(({ name, data }) => ({ name, data })),
    )
    expect(events).toEqual([
      { name: 'ticket.tags.changed', data: expect.arrayContaining(['turnaround_probe']) },
      { name: fieldEvent, data: 72 },
    ])
    expect(await page().textContent('[data-testid="draft-tags"]')).toContain('turnaround_probe')
    // A user field the requester's record does not carry is an unknown path, answered per path.
    const unknown = await frame.evaluate(async () => {
      const got = await window.zafProbe.client.get(['ticket.requester.customField:no_such_field'])
      return got.errors?.['ticket.requester.customField:no_such_field']?.message
    })
    expect(unknown).toContain('no_such_field')
  })
})
