/**
 * What requirements.json installs that the setup pass finishes: the six team-lead views and the bad-rating
 * trigger, by their requirement identifiers (ZAF `requirement:<identifier>` gives each one's id).
 */
export const VIEW_IDENTIFIERS = {
  needs_recovery: 'turnaround_view_needs_recovery',
  approval_needed: 'turnaround_view_approval_needed',
  in_progress: 'turnaround_view_in_progress',
  follow_up_due: 'turnaround_view_follow_up_due',
  recovered: 'turnaround_view_recovered',
  not_recovered: 'turnaround_view_not_recovered',
} as const

export type ViewKey = keyof typeof VIEW_IDENTIFIERS
export const VIEW_KEYS = Object.keys(VIEW_IDENTIFIERS) as ViewKey[]

export const FLAG_TRIGGER_IDENTIFIER = 'turnaround_flag_bad_rating'

/** The dynamic content item holding a view's translated name: `{{dc.<name>}}` in the view's title. */
export const titleItemName = (key: ViewKey): string => `turnaround_view_${key}`
export const titlePlaceholder = (key: ViewKey): string => `{{dc.${titleItemName(key)}}}`
