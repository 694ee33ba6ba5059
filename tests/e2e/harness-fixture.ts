import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { startHarness, type Harness, type HarnessOptions } from '../../harness/server'
import { launchChromium } from './browser'

export interface HarnessSetup {
  /** Extra harness options (e.g. another `appDir`), computed before the harness starts. */
  options?: () => Promise<HarnessOptions>
  /** Runs after the harness has closed. */
  cleanup?: () => Promise<void>
}

/** One harness (random ports) and one chromium per test file; a fresh page per test. */
export function useHarness(setup: HarnessSetup = {}): {
  harness: () => Harness
  page: () => Page
  browser: () => Browser
  /** Another page in its own browser context (its own session cookie), closed after the test. */
  newPage: () => Promise<Page>
} {
  let harness: Harness | undefined
  let browser: Browser | undefined
  let page: Page | undefined
  const extraPages: Page[] = []

  beforeAll(async () => {
    const extra = setup.options ? await setup.options() : {}
    harness = await startHarness({ ...extra, port: 0 })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    await setup.cleanup?.()
  })
  beforeEach(async () => {
    page = await browser?.newPage({ viewport: { width: 1440, height: 900 } })
  })
  afterEach(async () => {
    harness?.zendesk.clearFaults()
    await page?.close()
    await Promise.all(extraPages.splice(0).map((extra) => extra.close()))
  })

  return {
    harness: () => {
      if (!harness) throw new Error('harness not started')
      return harness
    },
    page: () => {
      if (!page) throw new Error('page not open')
      return page
    },
    browser: () => {
      if (!browser) throw new Error('browser not launched')
      return browser
    },
    newPage: async () => {
      if (!browser) throw new Error('browser not launched')
      const extra = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      extraPages.push(extra)
      return extra
    },
  }
}

/**
 * Waits for the sidebar's loaded or error state (whichever comes first) and says which. Loaded means settled: the
 * recovery panel, which loads after the first render and makes its own requests, has finished loading too.
 */
export async function settledState(frame: Frame, timeout = 20_000): Promise<'loaded' | 'error'> {
  const handle = await frame.waitForSelector(
    '[data-testid="customer-context"], [data-testid="sidebar-error"]',
    { timeout },
  )
  if ((await handle.getAttribute('data-testid')) !== 'customer-context') return 'error'
  await frame.waitForSelector(
    '[data-testid="recovery-panel"], [data-testid="recovery-error"], [data-testid="recovery-settings-invalid"], [data-testid="assessment-error"]',
    { timeout },
  )
  return 'loaded'
}

export async function text(frame: Frame, selector: string): Promise<string> {
  return ((await frame.textContent(selector)) ?? '').trim()
}

/**
 * Another browser session acting as `userId` (the harness's session cookie), for REST writes made "elsewhere"
 * while the page under test has the ticket open.
 */
export async function sessionAs(
  hostUrl: string,
  userId: number,
): Promise<(path: string, method: string, body?: unknown) => Promise<Response>> {
  const signIn = await fetch(new URL('__harness/session', hostUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0]
  if (!signIn.ok || !cookie) throw new Error(`could not act as ${userId}: HTTP ${signIn.status}`)
  return (path, method, body) =>
    fetch(new URL(path.replace(/^\//, ''), hostUrl), {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
}
