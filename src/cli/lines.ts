/**
 * Splits streamed text into lines the way node:readline does with `crlfDelay: Infinity` (`\n`, `\r\n` and a
 * lone `\r` each end a line, a `\r\n` split across two chunks is one ending, a last line without an ending
 * still counts), but hands back every complete line of a chunk at once: readline's event and promise per line
 * cost more than reading a ten-comment ticket's JSON.
 */
export class LineSplitter {
  /** The unfinished line so far. */
  private rest = ''
  /** The last chunk ended with `\r`: a `\n` opening the next one belongs to that ending. */
  private afterReturn = false

  /** The lines that `chunk` completes, in order. */
  push(chunk: string): string[] {
    let text = chunk
    if (this.afterReturn && text.charCodeAt(0) === 10) text = text.slice(1)
    this.afterReturn = false
    const lines: string[] = []
    const pieces = (this.rest + text).split('\n')
    this.rest = pieces.pop() ?? ''
    for (const piece of pieces) {
      if (!piece.includes('\r')) {
        lines.push(piece)
        continue
      }
      // A piece ends at a `\n`: a `\r` just before it is part of that ending, any other `\r` ends a line.
      const parts = piece.split('\r')
      if (piece.endsWith('\r')) parts.pop()
      for (const part of parts) lines.push(part)
    }
    if (this.rest.includes('\r')) {
      const parts = this.rest.split('\r')
      this.rest = parts.pop() ?? ''
      for (const part of parts) lines.push(part)
      this.afterReturn = this.rest === ''
    }
    return lines
  }

  /** The last line, when the text does not end with a line ending. */
  end(): string[] {
    const last = this.rest
    this.rest = ''
    return last.length > 0 ? [last] : []
  }
}
