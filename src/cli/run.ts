/** The `turnaround` command, separated from process globals so tests can drive it with streams. */
import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import type { Readable, Writable } from 'node:stream'
import { version } from '../../package.json'
import { HELP, UsageError, parseArgs } from './args'
import { assessStream } from './assess-stream'

export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable & { isTTY?: boolean; columns?: number }
  /** The environment `scan --token-env` reads the token from (process.env in main.ts). */
  env?: Readonly<Record<string, string | undefined>>
  /** Starts listening for Ctrl+C (only `scan` does: elsewhere Ctrl+C simply ends the process). */
  interrupt?: () => AbortSignal
}

/** Resolves to the exit code: 0 ok, 1 some input lines failed, 2 usage or I/O error (scan: see HELP). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv)
    switch (command.kind) {
      case 'help':
        io.stdout.write(`${HELP}\n`)
        return 0
      case 'version':
        io.stdout.write(`${version}\n`)
        return 0
      case 'scan': {
        // Loaded on use: the scan's HTTP client and export decoders cost `assess` start-up time for nothing.
        const { scanCommand } = await import('./scan/command')
        return await scanCommand(command.argv, {
          stdout: io.stdout,
          stderr: io.stderr,
          env: io.env ?? {},
          interrupt: io.interrupt?.() ?? new AbortController().signal,
        })
      }
      case 'assess': {
        if (command.file !== null) await access(command.file)
        const input = command.file === null ? io.stdin : createReadStream(command.file)
        const result = await assessStream(input, io.stdout, io.stderr, {
          sensitivity: command.sensitivity,
          ...(command.slaMinutes !== undefined ? { replySlaMinutes: command.slaMinutes } : {}),
        })
        if (result.failed > 0)
          io.stderr.write(`turnaround: ${result.failed} line(s) failed, ${result.assessed} assessed\n`)
        return result.failed > 0 ? 1 : 0
      }
    }
  } catch (error) {
    const message = error instanceof UsageError ? error.message : (error as Error).message
    io.stderr.write(`turnaround: ${message}\n`)
    return 2
  }
}
