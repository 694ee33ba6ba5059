import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, instanceFrame, openTicket, waitForSubscription } from './browser'
import { useHarness } from './harness-fixture'
import { probeHarness } from './zaf-probe'

/**
 * Several app instances on one ticket: the sidebar opens a modal with `instances.create`, the two talk
 * with `trigger` through the host, and closing the modal (by the app, the close button or Escape) sends
 * `modal.close` to the sidebar's instance client. Both frames run the real ZAF SDK (the probe page).
 */

const TICKET = 4211

async function probeReady(frame: Frame): Promise<string> {
  await frame.waitForFunction(() => window.zafProbe !== undefined)
  return frame.evaluate(async () => (await window.zafProbe.context).instanceGuid)
}

/** Opens the ticket and returns the sidebar probe's frame and guid. */
async function openSidebar(page: Page, hostUrl: string): Promise<{ sidebar: Frame; sidebarGuid: string }> {
  await openTicket(page, hostUrl, TICKET)
  const sidebar = await appFrame(page)
  return { sidebar, sidebarGuid: await probeReady(sidebar) }
}

/** The sidebar opens a modal and listens on its instance client; returns the modal's frame and guid. */
async function openModal(
  page: Page,
  sidebar: Frame,
  size: Record<string, string> = { width: '450px', height: '300px' },
): Promise<{ modal: Frame; modalGuid: string; created: Record<string, unknown> }> {
  const created = await sidebar.evaluate(async (requestedSize) => {
    const answer = await window.zafProbe.client.invoke('instances.create', {
      location: 'modal',
      url: 'assets/index.html',
      size: requestedSize,
    })
    const [context] = answer['instances.create'] as Array<Record<string, unknown>>
    window.zafProbe.listen('modal.close', String(context?.instanceGuid))
    window.zafProbe.listen('modal.save', String(context?.instanceGuid))
    return context ?? {}
  }, size)
  const modalGuid = String(created.instanceGuid)
  const modal = await instanceFrame(page, modalGuid)
  expect(await probeReady(modal)).toBe(modalGuid)
  return { modal, modalGuid, created }
}

describe('ZAF instances: modal and trigger routing', () => {
  const probe = probeHarness()
  const { harness, page } = useHarness(probe)

  it('opens a modal instance at the requested size, registered as location modal on the same ticket', async () => {
    const { sidebar, sidebarGuid } = await openSidebar(page(), harness().hostUrl)
    const { modal, modalGuid, created } = await openModal(page(), sidebar)

    expect(created).toEqual({
      instanceGuid: modalGuid,
      location: 'modal',
      product: 'support',
      account: { subdomain: 'harness' },
      ticketId: TICKET,
    })
    const size = await page().$eval(`iframe[data-instance-guid="${modalGuid}"]`, (iframe) => ({
      width: (iframe as HTMLIFrameElement).getBoundingClientRect().width,
      height: (iframe as HTMLIFrameElement).getBoundingClientRect().height,
    }))
    expect(size).toEqual({ width: 450, height: 300 })

    const inModal = await modal.evaluate(async () => {
      const { client } = window.zafProbe
      const metadata = await client.metadata()
      const query = new URLSearchParams(window.location.search)
      return {
        context: await client.context(),
        settings: metadata.settings,
        ticketId: (await client.get('ticket.id'))['ticket.id'],
        path: window.location.pathname,
        origin: query.get('origin'),
        appGuid: query.get('app_guid'),
      }
    })
    expect(inModal.context).toMatchObject({ location: 'modal', instanceGuid: modalGuid, ticketId: TICKET })
    expect(inModal.settings).toMatchObject({ title: 'Turnaround', detection_sensitivity: 'normal' })
    expect(inModal.ticketId).toBe(TICKET)
    expect(inModal.path).toBe('/assets/index.html')
    expect(inModal.origin).toBe(new URL(harness().hostUrl).origin)
    expect(inModal.appGuid).toBe(modalGuid)

    const instances = await sidebar.evaluate(async (guid) => {
      const { client } = window.zafProbe
      const all = (await client.get('instances')).instances as Record<string, { location: string }>
      const one = (await client.get(`instances.${guid}`))[`instances.${guid}`]
      return {
        locations: Object.fromEntries(Object.entries(all).map(([key, value]) => [key, value.location])),
        one,
      }
    }, modalGuid)
    expect(instances.locations).toEqual({ [sidebarGuid]: 'ticket_sidebar', [modalGuid]: 'modal' })
    expect(instances.one).toMatchObject({ instanceGuid: modalGuid, location: 'modal' })

    const recorded = await page().evaluate(() => window.__harness.modals)
    expect(recorded).toEqual([
      expect.objectContaining({
        guid: modalGuid,
        openedBy: sidebarGuid,
        size: { width: '450px', height: '300px' },
      }),
    ])
    expect(recorded[0]?.registeredAt).not.toBeNull()
  })

  it('routes triggers both ways and sends modal.close to the opener when the modal destroys itself', async () => {
    const { sidebar, sidebarGuid } = await openSidebar(page(), harness().hostUrl)
    const { modal, modalGuid } = await openModal(page(), sidebar)
    await modal.evaluate(() => window.zafProbe.listen('sidebar.says'))
    await waitForSubscription(page(), sidebarGuid, 'modal.save', modalGuid)
    await waitForSubscription(page(), modalGuid, 'sidebar.says')

    // The modal triggers on its own client: the sidebar hears it on client.instance(modalGuid).
    await modal.evaluate(() => window.zafProbe.client.trigger('modal.save', { text: 'Refund approved' }))
    await sidebar.waitForFunction(() => window.zafProbe.events.some((event) => event.name === 'modal.save'))
    // The sidebar triggers on the modal's client: the modal hears it on its own client.
    await sidebar.evaluate(
      (guid) => window.zafProbe.client.instance(guid).trigger('sidebar.says', { n: 1 }),
      modalGuid,
    )
    await modal.waitForFunction(() => window.zafProbe.events.some((event) => event.name === 'sidebar.says'))

    const sidebarEvents = await sidebar.evaluate(() => window.zafProbe.events)
    expect(sidebarEvents).toEqual([
      expect.objectContaining({ on: modalGuid, name: 'modal.save', data: { text: 'Refund approved' } }),
    ])
    const modalEvents = await modal.evaluate(() => window.zafProbe.events)
    expect(modalEvents).toEqual([
      expect.objectContaining({ on: modalGuid, name: 'sidebar.says', data: { n: 1 } }),
    ])

    // The modal closes itself, as the modal sample app does after its trigger.
    await waitForSubscription(page(), sidebarGuid, 'modal.close', modalGuid)
    await modal.evaluate(() => void window.zafProbe.client.invoke('destroy'))
    await page().waitForSelector('iframe.app-modal-iframe', { state: 'detached' })
    await sidebar.waitForFunction(() => window.zafProbe.events.some((event) => event.name === 'modal.close'))
    expect(await sidebar.evaluate(() => window.zafProbe.events.at(-1))).toMatchObject({
      on: modalGuid,
      name: 'modal.close',
    })

    const state = await page().evaluate(() => ({
      modals: window.__harness.modals,
      triggers: window.__harness.triggers,
      pending: window.__harness.pending.ids,
    }))
    expect(state.modals[0]).toMatchObject({ guid: modalGuid, closedBy: 'app', closeNotified: [sidebarGuid] })
    expect(state.triggers).toEqual([
      expect.objectContaining({
        name: 'modal.save',
        from: modalGuid,
        on: modalGuid,
        deliveredTo: [sidebarGuid],
      }),
      expect.objectContaining({
        name: 'sidebar.says',
        from: sidebarGuid,
        on: modalGuid,
        deliveredTo: [modalGuid],
      }),
    ])
    expect(state.pending).toEqual([])
    // The sidebar keeps working, and no frame's SDK met a message for a client it did not have.
    expect(
      await sidebar.evaluate(async () => (await window.zafProbe.client.get('ticket.id'))['ticket.id']),
    ).toBe(TICKET)
    expect(await sidebar.evaluate(() => window.zafProbe.errors)).toEqual([])
  })

  it('only delivers a trigger to clients that subscribed, and keeps the sidebar working while the modal is open', async () => {
    const { sidebar, sidebarGuid } = await openSidebar(page(), harness().hostUrl)
    const { modal, modalGuid } = await openModal(page(), sidebar)
    // Nobody listens for this one on the modal's client.
    await modal.evaluate(() => window.zafProbe.client.trigger('nobody.listens', { x: 1 }))
    await page().waitForFunction(() =>
      window.__harness.triggers.some((trigger) => trigger.name === 'nobody.listens'),
    )
    const trigger = await page().evaluate(() =>
      window.__harness.triggers.find((entry) => entry.name === 'nobody.listens'),
    )
    expect(trigger?.deliveredTo).toEqual([])

    const answers = await sidebar.evaluate(async () => {
      const { client } = window.zafProbe
      const got = await client.get(['ticket.subject', 'currentUser.role'])
      await client.invoke('resize', { height: '260px' })
      return got
    })
    expect(answers['ticket.subject']).toBe("How do I export last year's invoices?")
    await page().waitForFunction(() => window.__harness.instance?.height === '260px')
    expect(await page().isVisible(`iframe[data-instance-guid="${modalGuid}"]`)).toBe(true)
    expect(await modal.evaluate(() => window.zafProbe.errors)).toEqual([])
    expect(sidebarGuid).not.toBe(modalGuid)
  })

  it("destroys the modal from the host's close button and from Escape, telling the opener each time", async () => {
    const { sidebar, sidebarGuid } = await openSidebar(page(), harness().hostUrl)
    const first = await openModal(page(), sidebar)
    await waitForSubscription(page(), sidebarGuid, 'modal.close', first.modalGuid)
    await page().click('[data-testid="modal-close"]')
    await page().waitForSelector(`iframe[data-instance-guid="${first.modalGuid}"]`, { state: 'detached' })

    const second = await openModal(page(), sidebar, { width: '320px', height: '200px' })
    await waitForSubscription(page(), sidebarGuid, 'modal.close', second.modalGuid)
    await page().focus('[data-testid="modal-close"]')
    await page().keyboard.press('Escape')
    await page().waitForSelector(`iframe[data-instance-guid="${second.modalGuid}"]`, { state: 'detached' })

    await sidebar.waitForFunction(
      () => window.zafProbe.events.filter((event) => event.name === 'modal.close').length === 2,
    )
    const closes = await sidebar.evaluate(() =>
      window.zafProbe.events.filter((event) => event.name === 'modal.close').map((event) => event.on),
    )
    expect(closes).toEqual([first.modalGuid, second.modalGuid])
    const modals = await page().evaluate(() =>
      window.__harness.modals.map((modal) => [modal.closedBy, modal.closeNotified]),
    )
    expect(modals).toEqual([
      ['close-button', [sidebarGuid]],
      ['escape', [sidebarGuid]],
    ])
    // A destroyed instance is gone from `instances`.
    const guids = await sidebar.evaluate(async () =>
      Object.keys((await window.zafProbe.client.get('instances')).instances as object),
    )
    expect(guids).toEqual([sidebarGuid])
  })

  it('refuses a modal URL off the app origin and an invalid size, per action', async () => {
    const { sidebar } = await openSidebar(page(), harness().hostUrl)
    const errors = await sidebar.evaluate(async () => {
      const { client } = window.zafProbe
      const messages: string[] = []
      for (const options of [
        { location: 'modal', url: 'https://example.com/evil.html' },
        { location: 'modal', url: 'assets/index.html', size: { width: 'wide', height: '10px' } },
      ]) {
        await client.invoke('instances.create', options).then(
          () => messages.push('resolved'),
          (error: Error) => messages.push(error.message),
        )
      }
      return messages
    })
    expect(errors[0]).toContain('not on the app')
    expect(errors[1]).toContain('invalid size')
    expect(await page().$$('iframe.app-modal-iframe')).toHaveLength(0)
  })
})
