/** Entry point of build/cli/turnaround.js (vite.cli.config.ts); bin/turnaround.js imports it. */
import { setFlagsFromString } from 'node:v8'
import { runCli } from './run'

// A scan streams a million short-lived export records; live data stays ~30 MB, but V8's default lets the
// heap grow to four times that between full collections. Doubling at most kept peak RSS at ~190 MB instead
// of 255–280 MB for 100,000 tickets (npm run bench), for ~10% more CPU in GC; growing by half saved no more.
if (process.argv[2] === 'scan') setFlagsFromString('--heap-growing-percent=100')

/**
 * Ctrl+C (or SIGTERM from a scheduler) asks a running scan to finish the ticket in hand and save; a second
 * one ends the process at once, which the saved state also survives.
 */
function listenForInterrupt(): AbortSignal {
  const controller = new AbortController()
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return controller.signal
}

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  interrupt: listenForInterrupt,
})
process.exitCode = code
// A scan stopped mid-read leaves that read (or a rate-limit pause) pending; its state is saved, so end now.
if (code === 130) process.exit(code)
