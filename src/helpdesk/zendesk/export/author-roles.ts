import type { HttpClient } from '../../http/types'
import { parseExport, usersPageSchema, type ExportedUser } from './schemas'

export const SHOW_MANY_USERS_PATH = '/api/v2/users/show_many.json'
/** Zendesk's limit for `show_many`. */
const IDS_PER_REQUEST = 100
/** Staff accounts are few; this only guards against an account where everyone is an agent. */
const MAX_STAFF = 50_000

/**
 * Who wrote each comment: the snapshot needs customer / agent / system, and comment events carry only an
 * author id. The export's `users` sideload names the requesters, assignees and CCs of the page; anyone
 * else (an agent who replied without being assigned) is looked up with `show_many`, 100 ids a request.
 * Agents and admins are kept for the whole run (they comment everywhere); end users only for their page,
 * so memory does not grow with the number of customers.
 */
export class AuthorRoles {
  private readonly staff = new Map<string, ExportedUser>()
  private page = new Map<string, ExportedUser>()
  private missing = new Set<string>()
  private lookups = 0

  constructor(
    private readonly http: HttpClient,
    private readonly retry: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
  ) {}

  /** Starts a new page: forgets the previous page's end users. */
  newPage(): void {
    this.page = new Map()
    this.missing = new Set()
  }

  learn(users: readonly ExportedUser[]): void {
    for (const user of users) {
      if (user.role === 'agent' || user.role === 'admin') {
        if (this.staff.size >= MAX_STAFF) this.staff.clear()
        this.staff.set(user.id, user)
      } else {
        this.page.set(user.id, user)
      }
    }
  }

  user(id: string): ExportedUser | undefined {
    return this.staff.get(id) ?? this.page.get(id)
  }

  role(id: string): string | undefined {
    return this.user(id)?.role
  }

  get requestsMade(): number {
    return this.lookups
  }

  /** Looks up every id not known yet; ids Zendesk does not return (deleted users) stay unknown. */
  async resolve(ids: Iterable<string>): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => !this.user(id) && !this.missing.has(id))
    for (let start = 0; start < unknown.length; start += IDS_PER_REQUEST) {
      const batch = unknown.slice(start, start + IDS_PER_REQUEST)
      this.lookups++
      const response = await this.retry(() =>
        this.http.request({ method: 'GET', path: SHOW_MANY_USERS_PATH, query: { ids: batch.join(',') } }),
      )
      const { users } = parseExport(usersPageSchema, response.data, `GET ${SHOW_MANY_USERS_PATH}`)
      this.learn(users)
      for (const id of batch) if (!this.user(id)) this.missing.add(id)
    }
  }
}
