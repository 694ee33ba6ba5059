import { existsSync } from 'node:fs'
import { chromium, type Browser, type Frame, type Page } from 'playwright-core'

/**
 * Debian's chromium, driven by playwright-core. Playwright's own browser downloads are never used,
 * so a missing browser is an install step, not a silent download.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      'chromium not found: install it with `sudo apt-get install -y chromium` (Debian) — Playwright browser downloads are not used',
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export interface OpenTicketOptions {
  locale?: string
  settings?: Record<string, unknown>
  /** Act as this staff user (the harness's `?agent=` parameter: a session for this browser context). */
  agentId?: number
}

/** Opens the harness on one ticket (a fresh app instance) and waits until the host page is ready. */
export async function openTicket(
  page: Page,
  hostUrl: string,
  ticketId: number,
  options: OpenTicketOptions = {},
): Promise<void> {
  const url = new URL(hostUrl)
  url.searchParams.set('ticket', String(ticketId))
  url.searchParams.set('locale', options.locale ?? 'en-US')
  if (options.settings) url.searchParams.set('settings', JSON.stringify(options.settings))
  if (options.agentId !== undefined) url.searchParams.set('agent', String(options.agentId))
  await page.goto(url.toString())
  await page.evaluate(() => window.__harness.ready)
}

/** The sidebar app's frame (the iframe served from the app origin). */
export async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.app-iframe')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the app iframe has no frame')
  return frame
}

/** The iframe of the app instance `guid` (sidebar or modal), once it is in the page. */
export async function instanceFrame(page: Page, guid: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[data-instance-guid="${guid}"]`)
  const frame = await handle.contentFrame()
  if (!frame) throw new Error(`the iframe of instance ${guid} has no frame`)
  return frame
}

/** The open modal's frame (the newest, when several are open). */
export async function modalFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe.app-modal-iframe >> nth=-1')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the modal iframe has no frame')
  return frame
}

/** Waits until the host has seen frame `frameGuid` subscribe to `name` on the client bound to `clientGuid`. */
export async function waitForSubscription(
  page: Page,
  frameGuid: string,
  name: string,
  clientGuid: string = frameGuid,
): Promise<void> {
  await page.waitForFunction(
    ([frame, client, event]) => (window.__harness.instanceSubscriptions[frame]?.[client]?.[event] ?? 0) > 0,
    [frameGuid, clientGuid, name] as const,
    { timeout: 10_000 },
  )
}

/** Selects the ticket in the host's ticket list, as an agent would. */
export async function clickTicket(page: Page, ticketId: number): Promise<void> {
  await page.click(`[data-ticket-id="${ticketId}"]`)
  await page.waitForFunction((id) => window.__harness.instance?.ticketId === id, ticketId)
}
