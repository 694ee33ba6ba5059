import { describe, expect, it } from 'vitest'
import { VIEW_KEYS, titlePlaceholder, type ViewKey } from '../../../src/helpdesk/zendesk/setup/identifiers'
import type { ZendeskView } from '../../../src/helpdesk/zendesk/setup/schemas'
import { planSetup, type SetupFacts } from '../../../src/helpdesk/zendesk/setup/setup-plan'

const STANDARD = ['satisfaction_score', 'subject', 'requester', 'assignee', 'updated']
const FIELDS = ['9001', '9002', '9003', '9004']

function view(
  index: number,
  columns: Array<string | number> = STANDARD,
  title = `View ${index}`,
): ZendeskView {
  return {
    id: 700 + index,
    title,
    execution: { columns: columns.map((id) => ({ id })), sort_by: 'updated', sort_order: 'desc' },
  }
}

function facts(overrides: Partial<SetupFacts> = {}): SetupFacts {
  const views = Object.fromEntries(VIEW_KEYS.map((key, index) => [key, view(index)])) as Record<
    ViewKey,
    ZendeskView
  >
  return {
    views,
    flagTrigger: {
      id: '55',
      actions: [
        { field: 'current_tags', value: 'turnaround_needed' },
        { field: 'notification_group', value: ['group_id', 'Subject', 'Body'] },
      ],
    },
    contentItems: new Set(),
    teamLeadGroup: { id: '360001', name: 'Team leads' },
    columnFieldIds: FIELDS,
    ...overrides,
  }
}

describe('setup pass plan', () => {
  it("on a fresh install: columns on six views, the alert's group, and a translated name per view", () => {
    const plan = planSetup(facts())
    expect(plan.tasks.filter((task) => task.kind === 'columns')).toHaveLength(6)
    expect(plan.tasks.filter((task) => task.kind === 'title_item')).toHaveLength(6)
    expect(plan.tasks.filter((task) => task.kind === 'view_title')).toHaveLength(6)
    expect(plan.tasks.find((task) => task.kind === 'columns')).toMatchObject({
      output: {
        columns: [
          'satisfaction_score',
          'subject',
          'requester',
          9001,
          9002,
          9003,
          9004,
          'assignee',
          'updated',
        ],
        sort_by: 'updated',
        sort_order: 'desc',
      },
    })
    expect(plan.tasks.find((task) => task.kind === 'alert_group')).toEqual({
      kind: 'alert_group',
      triggerId: '55',
      group: 'Team leads',
      actions: [
        { field: 'current_tags', value: 'turnaround_needed' },
        { field: 'notification_group', value: ['360001', 'Subject', 'Body'] },
      ],
    })
    expect(plan.alertBlocked).toBe(false)
  })

  it('creates each name before the view uses it', () => {
    const { tasks } = planSetup(facts())
    for (const key of VIEW_KEYS) {
      const item = tasks.findIndex((task) => task.kind === 'title_item' && task.view === key)
      const title = tasks.findIndex((task) => task.kind === 'view_title' && task.view === key)
      expect(item).toBeLessThan(title)
    }
  })

  it('plans nothing once everything is in place (running it again changes nothing)', () => {
    const done = facts({
      views: Object.fromEntries(
        VIEW_KEYS.map((key, index) => [
          key,
          view(index, ['subject', 9001, 9002, 9003, 9004, 'assignee'], titlePlaceholder(key)),
        ]),
      ) as Record<ViewKey, ZendeskView>,
      flagTrigger: { id: '55', actions: [{ field: 'notification_group', value: [360001, 'S', 'B'] }] },
      contentItems: new Set(VIEW_KEYS.map((key) => `turnaround_view_${key}`)),
    })
    expect(planSetup(done)).toEqual({ tasks: [], alertBlocked: false })
  })

  it('keeps a column an admin added and adds only the missing ones', () => {
    const views = facts().views
    const edited = { ...views, recovered: view(9, ['status', 9002, 'group']) }
    const task = planSetup(facts({ views: edited })).tasks.find(
      (candidate) => candidate.kind === 'columns' && candidate.view === 'recovered',
    )
    expect(task).toMatchObject({ output: { columns: ['status', 9002, 'group', 9001, 9003, 9004] } })
  })

  it("cannot set the alert's group without one in the settings, and says so", () => {
    const plan = planSetup(facts({ teamLeadGroup: null }))
    expect(plan.alertBlocked).toBe(true)
    expect(plan.tasks.some((task) => task.kind === 'alert_group')).toBe(false)
  })

  it('reads the stored title, not the one rendered for the reader', () => {
    const views = facts().views
    const rendered = {
      ...views.recovered,
      title: 'Turnaround: Recovered',
      raw_title: titlePlaceholder('recovered'),
    }
    const tasks = planSetup(facts({ views: { ...views, recovered: rendered } })).tasks
    expect(tasks.some((task) => task.kind === 'view_title' && task.view === 'recovered')).toBe(false)
  })
})
