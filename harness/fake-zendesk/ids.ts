/** Sequential ids shaped like a real account's (large, account-specific numbers). */
export class IdSequence {
  private next: number

  constructor(start: number) {
    this.next = start
  }

  take(): number {
    return this.next++
  }
}
