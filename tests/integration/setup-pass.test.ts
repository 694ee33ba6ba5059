import { beforeEach, describe, expect, it } from 'vitest'
import {
  RECOVERY_FIELD_IDENTIFIERS,
  type RecoveryFieldIds,
} from '../../src/helpdesk/zendesk/recovery/field-ids'
import {
  FLAG_TRIGGER_IDENTIFIER,
  VIEW_IDENTIFIERS,
  VIEW_KEYS,
} from '../../src/helpdesk/zendesk/setup/identifiers'
import { ZendeskSetup } from '../../src/helpdesk/zendesk/setup/zendesk-setup'
import type { ZafClient } from '../../src/helpdesk/zendesk/zaf-types'
import { resolveLocale } from '../../src/ui/i18n/locales'
import { FAULT_KINDS, fakeZendeskOverMsw } from '../support/fake-zendesk-msw'

/**
 * The admin's setup pass over Zendesk's REST API (msw + the harness's fake account with the app's real
 * requirements installed), with a fault at every write. Whatever fails, a second run finishes the job and nothing
 * is duplicated: one dynamic content item per view, each field column once, the alert on the team-lead group.
 */

const fake = fakeZendeskOverMsw()
const TITLES = {
  en: Object.fromEntries(VIEW_KEYS.map((key) => [key, `Turnaround: ${key}`])),
  ja: Object.fromEntries(VIEW_KEYS.map((key) => [key, `Turnaround: ${key} (ja)`])),
}

beforeEach(() => {
  const admin = fake
    .zendesk()
    .store.listUsers()
    .find((user) => user.role === 'admin')!
  fake.actAs(admin.id)
})

const requirementId = (identifier: string) =>
  String(fake.zendesk().store.requirements[identifier]!.requirement_id)

/** ZAF's `requirement:<identifier>` lookups, answered from the installation. */
function zafClient(): Pick<ZafClient, 'get'> {
  return {
    get: (async (paths: string | string[]) => {
      const list = Array.isArray(paths) ? paths : [paths]
      return Object.fromEntries(
        list.map((path) => [path, fake.zendesk().store.requirements[path.replace(/^requirement:/, '')]]),
      )
    }) as Pick<ZafClient, 'get'>['get'],
  }
}

function setup(group: string | null = 'Team leads') {
  const fieldIds = Object.fromEntries(
    Object.entries(RECOVERY_FIELD_IDENTIFIERS).map(([name, identifier]) => [name, requirementId(identifier)]),
  ) as unknown as RecoveryFieldIds
  return { setup: new ZendeskSetup(zafClient(), fake.http(), fieldIds, group), fieldIds }
}

const run = (instance: ZendeskSetup) => instance.run(TITLES, resolveLocale, () => undefined)

function expectFinished(fieldIds: RecoveryFieldIds) {
  const { store } = fake.zendesk()
  const columns = [fieldIds.severity, fieldIds.gesture, fieldIds.amount, fieldIds.followUpDate].map(Number)
  for (const key of VIEW_KEYS) {
    const view = store.rules.book.findView(Number(requirementId(VIEW_IDENTIFIERS[key])))!
    for (const column of columns) expect(view.output.columns.filter((c) => c === column)).toHaveLength(1)
    expect(view.rawTitle).toBe(`{{dc.turnaround_view_${key}}}`)
    // The installed sorting survives the column update.
    expect(view.output).toMatchObject({ sort_by: 'updated', sort_order: 'desc' })
  }
  const names = store.rules.dynamicContent.list().map((item) => item.name)
  for (const key of VIEW_KEYS)
    expect(names.filter((name) => name === `turnaround_view_${key}`)).toHaveLength(1)
  const trigger = store.rules.book.findRule('trigger', Number(requirementId(FLAG_TRIGGER_IDENTIFIER)))!
  const teamLeads = store.groups.list().find((group) => group.name === 'Team leads')!
  const notify = trigger.actions.find((action) => action.field === 'notification_group')!
  expect(String((notify.value as string[])[0])).toBe(String(teamLeads.id))
}

const WRITES = [
  { name: 'view columns', method: 'PUT', path: /^\/api\/v2\/views\/\d+\.json$/ },
  { name: 'alert group', method: 'PUT', path: /^\/api\/v2\/triggers\/\d+\.json$/ },
  { name: 'name item', method: 'POST', path: /^\/api\/v2\/dynamic_content\/items\.json$/ },
] as const

describe('setup pass', () => {
  it('on a fresh installation plans every task, finishes them, then has nothing left', async () => {
    const { setup: instance, fieldIds } = setup()
    const before = await instance.check()
    expect(before.alertBlocked).toBe(false)
    expect(before.tasks.map((task) => task.kind).sort()).toEqual(
      [
        ...Array(6).fill('columns'),
        'alert_group',
        ...Array(6).fill('title_item'),
        ...Array(6).fill('view_title'),
      ].sort(),
    )
    await run(instance)
    expectFinished(fieldIds)
    expect(await instance.check()).toEqual({ tasks: [], alertBlocked: false })
  })

  it('says the alert is blocked while no team-lead group is set, and does the rest', async () => {
    const { setup: instance } = setup(null)
    await run(instance)
    expect(await instance.check()).toEqual({ tasks: [], alertBlocked: true })
  })

  it('refuses for an agent who is not an admin: Zendesk answers 403 and nothing changes', async () => {
    const agent = fake
      .zendesk()
      .store.listUsers()
      .find((user) => user.role === 'agent')!
    fake.actAs(agent.id)
    const { setup: instance } = setup()
    await expect(run(instance)).rejects.toMatchObject({ code: 'forbidden' })
    expect(fake.zendesk().store.rules.dynamicContent.list()).toHaveLength(0)
  })

  for (const write of WRITES) {
    for (const kind of FAULT_KINDS) {
      it(`${kind} at ${write.name}: a second run finishes with nothing duplicated`, async () => {
        const { setup: instance, fieldIds } = setup()
        fake.inject({ method: write.method, path: write.path, kind, times: kind === '429' ? 3 : 1 })
        await run(instance).catch(() => undefined)
        await run(instance)
        expectFinished(fieldIds)
      })
    }
  }
})
