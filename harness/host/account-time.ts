/**
 * The fake account's clock can run ahead of this computer's (the harness moves it to let automations fire).
 * "3 days ago" on the page means 3 days before the account's now, so the page keeps the last known offset.
 */

let offsetMs = 0

/** Records the account's current time as the server just reported it. */
export function setAccountNow(iso: string): void {
  const at = Date.parse(iso)
  if (Number.isFinite(at)) offsetMs = at - Date.now()
}

export function accountNow(): number {
  return Date.now() + offsetMs
}

/** How far the account's clock is ahead of this computer's, in ms (0 until the clock has been read). */
export function accountOffsetMs(): number {
  return offsetMs
}
