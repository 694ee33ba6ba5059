/** Entry point of build/cli/turnaround.js (vite.cli.config.ts); bin/turnaround.js imports it. */
import { runCli } from './run'

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
})
