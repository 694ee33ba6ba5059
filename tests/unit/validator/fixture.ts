import { PNG } from 'pngjs'
import type { FileMap, IssueCode, ValidationResult } from '../../../scripts/validator/index'
import { validateFileMap } from '../../../scripts/validator/index'

type Json = Record<string, unknown>

/** A plain PNG of the given size; content does not matter to the validator, only format and size. */
export function solidPng(width: number, height = width): Buffer {
  const key = `${width}x${height}`
  const cached = pngCache.get(key)
  if (cached !== undefined) return cached
  const png = new PNG({ width, height })
  png.data.fill(0x80)
  const bytes = PNG.sync.write(png)
  pngCache.set(key, bytes)
  return bytes
}
const pngCache = new Map<string, Buffer>()

export function validManifest(): Json {
  return {
    name: 'Fixture',
    author: { name: 'Fixture Ltd', email: 'dev@fixture.example', url: 'https://fixture.example' },
    defaultLocale: 'en',
    private: true,
    location: { support: { ticket_sidebar: { url: 'assets/index.html', flexible: true } } },
    version: '1.0.0',
    frameworkVersion: '2.0',
    parameters: [{ name: 'sensitivity', type: 'text', default: 'normal' }],
  }
}

export function validEnglish(): Json {
  return { app: { name: 'Fixture', parameters: { sensitivity: { label: 'Sensitivity' } } } }
}

/** A change applied to a fresh valid JSON document, or a whole replacement (raw text or a value). */
export type Edit = ((document: Json) => void) | string | Json | readonly unknown[]

export interface AppOptions {
  manifest?: Edit
  en?: Edit
  extra?: FileMap
  omit?: string[]
}

/** A minimal valid app as an in-memory file map, with the given changes. */
export function appFiles(options: AppOptions = {}): FileMap {
  const manifest = edited(validManifest(), options.manifest)
  const en = edited(validEnglish(), options.en)
  const files: FileMap = {
    'manifest.json': typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    'translations/en.json': typeof en === 'string' ? en : JSON.stringify(en),
    'assets/logo.png': solidPng(320),
    'assets/logo-small.png': solidPng(128),
    'assets/index.html':
      '<!doctype html><script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>',
    ...options.extra,
  }
  for (const path of options.omit ?? []) delete files[path]
  return files
}

function edited(base: Json, change: Edit | undefined): unknown {
  if (change === undefined) return base
  if (typeof change === 'function') {
    change(base)
    return base
  }
  return change
}

export function validate(options: AppOptions = {}): ValidationResult {
  return validateFileMap(appFiles(options))
}

export function errorCodes(result: ValidationResult): IssueCode[] {
  return result.errors.map((issue) => issue.code)
}

export function warningCodes(result: ValidationResult): IssueCode[] {
  return result.warnings.map((issue) => issue.code)
}
