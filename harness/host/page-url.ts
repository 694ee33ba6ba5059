/**
 * The page's own address keeps what a reload should restore: `?ticket=`, `?agent=`, `?tab=views`, `?view=`
 * (and the settings `host-settings.ts` reads). Replaced in place: no history entries.
 */
export function setPageParam(name: string, value: string | null): void {
  const url = new URL(window.location.href)
  if (value === null) url.searchParams.delete(name)
  else url.searchParams.set(name, value)
  window.history.replaceState(null, '', url)
}
