/**
 * Where a worker thread's code is, for the CLI's threads (the export decoder, the ticket assessor): built, a
 * file beside the CLI's bundle (vite.cli.config.ts); from the sources (tests, tsx), the TypeScript entry loaded
 * through tsx's API, because a worker ignores `--import tsx`. `prelude` is code run first (tests use it to make
 * a thread die).
 */
export interface WorkerEntry {
  /** The built file's name, beside the caller's built module. */
  built: string
  /** The source entry's name, beside the caller's source module. */
  source: string
}

export function workerScript(
  callerUrl: string,
  entry: WorkerEntry,
  prelude?: string,
): { script: URL | string; eval?: true } {
  const built = !callerUrl.endsWith('.ts')
  if (built && !prelude) return { script: new URL(`./${entry.built}`, callerUrl) }
  const target = JSON.stringify(new URL(`./${built ? entry.built : entry.source}`, callerUrl).href)
  // tsx is a development dependency, found from the working directory (the project's root in tests).
  const load = built
    ? `import(${target})`
    : `import('tsx/esm/api').then((api) => api.tsImport(${target}, ${JSON.stringify(callerUrl)}))`
  return { script: `${prelude ?? ''}\n${load}`, eval: true }
}
