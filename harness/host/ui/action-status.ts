/**
 * Where a rules action (moving the clock, a customer's rating) stands, shown next to its control: in
 * progress (`sending`, then `refreshing` the page), its outcome (`done`, `failed`, `unavailable`: the
 * server has no such endpoint), or nothing yet (`idle`). `data-state` carries the phase for tests.
 */

export type ActionPhase = 'idle' | 'sending' | 'refreshing' | 'done' | 'failed' | 'unavailable'

export function isMoving(phase: ActionPhase): boolean {
  return phase === 'sending' || phase === 'refreshing'
}

export function showActionStatus(node: HTMLElement, phase: ActionPhase, message: string): void {
  node.dataset.state = phase
  node.className = `action-status action-${phase}`
  node.textContent = message
  node.setAttribute('aria-busy', String(isMoving(phase)))
}
