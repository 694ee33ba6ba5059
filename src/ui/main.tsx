import { createRoot } from 'react-dom/client'
import { HelpdeskError, isHelpdeskError } from '../helpdesk/errors'
import { createZafHttp } from '../helpdesk/http'
import { connectZendesk } from '../helpdesk/zendesk/connect'
import { ZendeskHelpdesk } from '../helpdesk/zendesk/zendesk-helpdesk'
import { App } from './App'
import { assessContext, preloadDetector, preloadLexicon } from './detection/load-detector'
import { englishTranslator, loadTranslator } from './i18n/load'

// Handshake first, at module load: Zendesk sends `app.registered` once and it must not be missed.
const connection = connectZendesk()
preloadDetector()
const root = createRoot(document.getElementById('root')!)

async function start() {
  try {
    const { client, metadata, context } = await connection
    performance.mark('turnaround:registered')
    const helpdesk = new ZendeskHelpdesk(client, createZafHttp(client), metadata)
    if (context.location === 'nav_bar') {
      // The impact page reads no ticket: its adapter (search export, ledger) is a chunk of its own.
      const translator = await loadTranslator(await helpdesk.readAgentLocale().catch(() => 'en'))
      const http = createZafHttp(client)
      const openImpact = () =>
        import('../helpdesk/zendesk/impact/open').then((module) =>
          module.openZendeskImpact(client, http, metadata.settings),
        )
      root.render(<App kind="impact" openImpact={openImpact} translator={translator} />)
      return
    }
    if (context.location === 'modal') {
      // The confirmation modal shows what the sidebar sends it: no ticket read of its own.
      const translator = await loadTranslator(await helpdesk.readAgentLocale().catch(() => 'en'))
      root.render(<App kind="ready" location="modal" helpdesk={helpdesk} translator={translator} />)
      return
    }
    // Read the ticket while the agent's strings load; errors surface in the sidebar, not here.
    const initialRead = helpdesk.readTicketContext()
    initialRead.catch(() => undefined)
    initialRead.then(
      (context) => {
        performance.mark('turnaround:ticket-read')
        // Detect now rather than after React's first commit; the sidebar picks up the same promise.
        assessContext(context).catch(() => undefined)
      },
      () => undefined,
    )
    const agentLocale = await helpdesk.readAgentLocale().catch(() => 'en')
    preloadLexicon(agentLocale)
    const translator = await loadTranslator(agentLocale)
    performance.mark('turnaround:strings-loaded')
    root.render(
      <App
        kind="ready"
        location={context.location}
        helpdesk={helpdesk}
        translator={translator}
        initialRead={initialRead}
      />,
    )
  } catch (error) {
    const failure = isHelpdeskError(error)
      ? error
      : new HelpdeskError('unexpected', error instanceof Error ? error.message : String(error))
    root.render(<App kind="failed" error={failure} translator={englishTranslator()} />)
  }
}

void start()
