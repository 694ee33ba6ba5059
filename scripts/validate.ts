/**
 * npm run validate → `tsx scripts/validate.ts dist`
 * Checks an app folder offline against Zendesk's package rules; exits 1 on any error.
 */
import { existsSync, statSync } from 'node:fs'
import { validateDirectory } from './validator/index'
import { formatReport } from './validator/report'

const dir = process.argv[2] ?? 'dist'
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`validate: ${dir} is not a folder. Build the app first: npm run build:app`)
  process.exit(1)
}
const result = validateDirectory(dir)
console.log(formatReport(result, dir))
process.exit(result.errors.length > 0 ? 1 : 0)
