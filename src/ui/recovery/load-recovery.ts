import { budgetMonthOf } from '../../core/budget/month'
import type { OtherFollowUp } from '../../core/followup/schedule'
import { standingFor, type BudgetStanding } from '../../core/budget/standing'
import type { LedgerRecord } from '../../core/budget/types'
import { customerValueOf } from '../../core/playbook/customer-value'
import { customerLanguageOf } from '../../core/detect/customer-language'
import type { LangCode } from '../../core/detect/lexicon/types'
import type { PhraseBank } from '../../core/playbook/apology/types'
import { loadPhraseBank } from '../../core/playbook/apology/phrases/load'
import type { CustomerValue, Why } from '../../core/playbook/types'
import { recoveryStateOf, type StateResult } from '../../core/recovery/state'
import type { Actor, TicketRecoveryView } from '../../core/recovery/types'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import type { RecoveryHelpdesk } from '../../helpdesk/recovery-ports'
import type { RecoverySettings, SettingProblem } from '../../helpdesk/recovery-settings'

/** Everything the recovery panel shows, read fresh after the sidebar's first render. */
export interface RecoveryData {
  helpdesk: RecoveryHelpdesk
  settings: RecoverySettings
  actor: Actor
  view: TicketRecoveryView
  monthRecords: LedgerRecord[]
  month: string
  standing: BudgetStanding
  state: StateResult
  customerValue: { value: CustomerValue; why: Why[] }
  /** The language the customer writes in, and the apology wordings for it (one chunk per language). */
  customerLanguage: LangCode
  phraseBank: PhraseBank
  /** The customer's follow-up surveys on their tickets, for the survey cooldown. */
  followUpHistory: OtherFollowUp[]
  /** ISO UTC, when this was read. */
  readAt: string
}

export type RecoveryLoad =
  { kind: 'ready'; data: RecoveryData } | { kind: 'settings_invalid'; problems: SettingProblem[] }

/** One connection per sidebar: the installed field ids are looked up once. */
const connections = new WeakMap<
  HelpdeskPort,
  Promise<{ settings: RecoverySettings; helpdesk: RecoveryHelpdesk } | SettingProblem[]>
>()

function connect(port: HelpdeskPort) {
  let connection = connections.get(port)
  if (!connection) {
    connection = port.openRecovery().then(async (opened) => {
      if (!opened.settings.ok) return opened.settings.problems
      const helpdesk = await opened.connect(opened.settings.settings.budget.currency)
      return { settings: opened.settings.settings, helpdesk }
    })
    // A failed connection (network, missing fields) is tried again on the next load.
    connection.catch(() => connections.delete(port))
    connections.set(port, connection)
  }
  return connection
}

export async function loadRecovery(
  port: HelpdeskPort,
  context: TicketContext,
  now = new Date(),
): Promise<RecoveryLoad> {
  const connected = await connect(port)
  if (Array.isArray(connected)) return { kind: 'settings_invalid', problems: connected }
  const { settings, helpdesk } = connected
  const readAt = now.toISOString()
  const month = budgetMonthOf(readAt)
  const fieldKeys = settings.customerValue.highValueFields.map((rule) => rule.key)
  // Three REST calls in parallel (the ticket's fields, the month's ledger, the customer's surveys); the rest
  // comes from the agent's page through ZAF.
  const customerLanguage = customerLanguageOf(context.snapshot)
  const requesterId = context.snapshot.requester?.id
  const [actor, view, monthRecords, facts, phraseBank, followUpHistory] = await Promise.all([
    helpdesk.readActor(),
    helpdesk.readTicket(context.snapshot.id),
    helpdesk.ledger.listMonth(month),
    helpdesk.readCustomerFacts(fieldKeys),
    loadPhraseBank(customerLanguage),
    requesterId ? helpdesk.readFollowUpHistory(requesterId) : Promise.resolve([]),
  ])
  return {
    kind: 'ready',
    data: {
      helpdesk,
      settings,
      actor,
      view,
      monthRecords,
      month,
      standing: standingFor(settings.budget, monthRecords, actor.id, view.ticketId),
      state: recoveryStateOf(view.fields, monthRecords, view.ticketId),
      customerValue: customerValueOf(
        { tags: facts.tags, fields: facts.fields, history: context.snapshot.history ?? [] },
        settings.customerValue,
        readAt,
      ),
      customerLanguage,
      phraseBank,
      followUpHistory,
      readAt,
    },
  }
}
