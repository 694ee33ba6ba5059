/**
 * Where the scan's JSON lines go. Lines wait in memory and are written when the scan saves its state, which
 * records the output's length: a resumed run cuts the file back to that length before going on, so the
 * file holds each ticket exactly once even after a crash. stdout cannot be cut: after a crash the lines
 * written since the last save may come again (docs/scan.md).
 */
import { once } from 'node:events'
import { open, type FileHandle } from 'node:fs/promises'
import type { Writable } from 'node:stream'

export interface OutputSink {
  /** The file's path; null for stdout. */
  readonly path: string | null
  append(line: string): void
  /** Writes what waits; resolves to the file's length in bytes (null for stdout). */
  flush(): Promise<number | null>
  close(): Promise<void>
}

export class OutputFileError extends Error {}

/**
 * Opens the output file: emptied for a new scan; for a resumed one, cut back to `resumeAtBytes`, which it
 * must at least have (a shorter file was changed by someone else, and going on would lose lines).
 */
export async function fileOutput(path: string, resumeAtBytes: number | null): Promise<OutputSink> {
  let handle: FileHandle
  if (resumeAtBytes === null) {
    handle = await open(path, 'w')
  } else {
    handle = await open(path, 'r+').catch((error: NodeJS.ErrnoException) => {
      throw new OutputFileError(
        `cannot reopen the output file ${path} to resume (${error.code ?? error.message}); ` +
          'restore it, or start a new scan with another --state file',
      )
    })
    const { size } = await handle.stat()
    if (size < resumeAtBytes) {
      await handle.close()
      throw new OutputFileError(
        `the output file ${path} has ${size} bytes but the saved scan wrote ${resumeAtBytes}; ` +
          'it was changed since, so resuming would lose lines: restore it, or start a new scan with another --state file',
      )
    }
    await handle.truncate(resumeAtBytes)
  }
  let bytes = resumeAtBytes ?? 0
  let pending: string[] = []
  return {
    path,
    append: (line) => void pending.push(line),
    async flush() {
      if (pending.length > 0) {
        const data = Buffer.from(pending.join(''), 'utf8')
        pending = []
        await handle.write(data, 0, data.length, bytes)
        bytes += data.length
      }
      return bytes
    },
    close: () => handle.close(),
  }
}

export function streamOutput(stream: Writable): OutputSink {
  let pending: string[] = []
  return {
    path: null,
    append: (line) => void pending.push(line),
    async flush() {
      if (pending.length > 0) {
        const text = pending.join('')
        pending = []
        if (!stream.write(text)) await once(stream, 'drain')
      }
      return null
    },
    close: async () => undefined,
  }
}
