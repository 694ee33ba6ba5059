/** Shared inputs for the apology draft tests: one customer per language, with the address each one expects. */
import type { LangCode } from '../../../src/core/detect/lexicon/types'
import type { FailureType } from '../../../src/core/detect/types'
import type { ApologyInput } from '../../../src/core/playbook/apology'

export const LANGS: readonly LangCode[] = ['en', 'de', 'es', 'fr', 'pt', 'nb', 'ja', 'ko', 'th']
export const FAILURE_TYPES: readonly FailureType[] = [
  'slow_response',
  'unresolved_issue',
  'repeat_contact',
  'poor_service',
  'billing_or_refund',
  'product_failure',
  'other',
]
export const BANDS = ['low', 'medium', 'high'] as const

/** The helpdesk's full name, and how the draft must address that person. */
export const CUSTOMERS: Readonly<Record<LangCode, { name: string; addressed: string }>> = {
  en: { name: 'Sarah Connor', addressed: 'Sarah' },
  de: { name: 'Anna Schmidt', addressed: 'Anna Schmidt' },
  es: { name: 'Lucía Fernández', addressed: 'Lucía' },
  fr: { name: 'Camille Martin', addressed: 'Camille Martin' },
  pt: { name: 'João Silva', addressed: 'João' },
  nb: { name: 'Kari Nordmann', addressed: 'Kari' },
  ja: { name: '山田 太郎', addressed: '山田様' },
  ko: { name: '김민준', addressed: '김민준 님' },
  th: { name: 'สมชาย ใจดี', addressed: 'คุณสมชาย' },
}

/** How each language's draft may open when there is no name. */
export const NAMELESS_OPENINGS: Readonly<Record<LangCode, readonly string[]>> = {
  en: ['Hello,\n', 'Good day,\n', 'Hello there,\n'],
  de: ['Guten Tag,\n', 'Hallo,\n'],
  es: ['Hola:\n', 'Buenos días:\n', 'Buen día:\n'],
  fr: ['Bonjour,\n', 'Madame, Monsieur,\n'],
  pt: ['Olá,\n', 'Bom dia,\n'],
  nb: ['Hei,\n', 'Kjære kunde,\n'],
  ja: ['お客様\n'],
  ko: ['안녕하세요, 고객님.', '고객님, 안녕하세요.', '고객님께\n'],
  th: ['เรียน ท่านลูกค้า\n', 'เรียน ลูกค้าที่เคารพ\n', 'เรียน ลูกค้าผู้มีอุปการคุณ\n'],
}

/** A short complaint in each language (written for these tests), and the quotation marks it must get. */
export const QUOTES: Readonly<Record<LangCode, { words: string; open: string; close: string }>> = {
  en: { words: 'Nobody has answered my email', open: '“', close: '”' },
  de: { words: 'Niemand hat auf meine Mail geantwortet', open: '„', close: '“' },
  es: { words: 'Nadie ha contestado a mi correo', open: '“', close: '”' },
  fr: { words: 'Personne n’a répondu à mon courriel', open: '«\u00a0', close: '\u00a0»' },
  pt: { words: 'Ninguém respondeu ao meu e-mail', open: '“', close: '”' },
  nb: { words: 'Ingen har svart på e-posten min', open: '«', close: '»' },
  ja: { words: 'メールに誰も返信してくれません', open: '「', close: '」' },
  ko: { words: '아무도 제 메일에 답하지 않았습니다', open: '“', close: '”' },
  th: { words: 'ไม่มีใครตอบอีเมลของฉันเลย', open: '“', close: '”' },
}

/** 5 March 2026, 23:30 UTC: already the 6th in Tokyo, so the zone visibly matters. */
export const INCIDENT_AT = '2026-03-05T23:30:00Z'

export function input(overrides: Partial<ApologyInput> & Pick<ApologyInput, 'language'>): ApologyInput {
  return {
    customerName: CUSTOMERS[overrides.language].name,
    failureType: 'slow_response',
    severityBand: 'medium',
    reasons: [],
    incident: { at: INCIDENT_AT, waitMinutes: 3 * 24 * 60, contacts: 3 },
    quote: QUOTES[overrides.language].words,
    agentName: 'Alex Morgan',
    seed: 'ticket-1001',
    ...overrides,
  }
}
