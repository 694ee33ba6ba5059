import type { Translator } from '../i18n/translate'

/** "3 hours", "2 days": the largest whole unit, in the agent's language. */
export function formatDuration(minutes: number, { t }: Translator): string {
  const rounded = Math.max(0, Math.round(minutes))
  if (rounded < 60) return t('duration.minutes', { count: rounded })
  const hours = Math.round(rounded / 60)
  if (hours < 48) return t('duration.hours', { count: hours })
  return t('duration.days', { count: Math.round(rounded / 1440) })
}

export function formatDate(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso))
  } catch {
    return iso.slice(0, 10)
  }
}

/** "Japanese" for "ja" in English, "日本語" for "ja" in Japanese. */
export function languageName(code: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
