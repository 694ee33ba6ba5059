import { recordNotFound } from './errors'
import { IdSequence } from './ids'
import { API_BASE } from './records'
import type { SeedGroup } from './seed-types'
import { minutesBefore, toZendeskTime } from './time'

/** Groups and group memberships in Zendesk's shapes (`GroupObject`, `GroupMembershipObject`). */

export interface ZendeskGroup {
  url: string
  id: number
  name: string
  description: string
  is_public: boolean
  default: boolean
  deleted: boolean
  created_at: string
  updated_at: string
}

export interface ZendeskGroupMembership {
  url: string
  id: number
  user_id: number
  group_id: number
  default: boolean
  created_at: string
  updated_at: string
}

export class GroupDirectory {
  private readonly groups: ZendeskGroup[] = []
  private readonly memberships: ZendeskGroupMembership[] = []
  private readonly membershipIds = new IdSequence(360_004_412_001)

  constructor(seed: readonly SeedGroup[], now: Date) {
    seed.forEach((group, index) => {
      const at = toZendeskTime(minutesBefore(now, group.createdDaysAgo * 24 * 60))
      this.groups.push({
        url: `${API_BASE}/groups/${group.id}.json`,
        id: group.id,
        name: group.name,
        description: group.description ?? '',
        is_public: true,
        default: index === 0,
        deleted: false,
        created_at: at,
        updated_at: at,
      })
    })
  }

  /** Adds a staff member to a group; their first membership is their default, as in Zendesk. */
  addMember(userId: number, groupId: number, at: string): ZendeskGroupMembership {
    if (!this.groups.some((group) => group.id === groupId)) throw recordNotFound()
    const id = this.membershipIds.take()
    const membership: ZendeskGroupMembership = {
      url: `${API_BASE}/group_memberships/${id}.json`,
      id,
      user_id: userId,
      group_id: groupId,
      default: !this.memberships.some((existing) => existing.user_id === userId),
      created_at: at,
      updated_at: at,
    }
    this.memberships.push(membership)
    return structuredClone(membership)
  }

  list(): ZendeskGroup[] {
    return structuredClone(this.groups)
  }

  membershipsOf(userId?: number): ZendeskGroupMembership[] {
    return structuredClone(
      this.memberships.filter((membership) => userId === undefined || membership.user_id === userId),
    )
  }

  groupsOf(userId: number): ZendeskGroup[] {
    const ids = new Set(this.membershipsOf(userId).map((membership) => membership.group_id))
    return this.list().filter((group) => ids.has(group.id))
  }

  /** The ids of a group's members, in the order they joined. */
  membersOf(groupId: number): number[] {
    return this.memberships.filter((membership) => membership.group_id === groupId).map((m) => m.user_id)
  }

  has(groupId: number): boolean {
    return this.groups.some((group) => group.id === groupId)
  }

  defaultGroupOf(userId: number): number | null {
    return this.membershipsOf(userId).find((membership) => membership.default)?.group_id ?? null
  }
}
