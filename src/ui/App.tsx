import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { lazy, Suspense, type ReactNode } from 'react'
import type { HelpdeskError } from '../helpdesk/errors'
import type { HelpdeskPort, TicketContext } from '../helpdesk/ports'
import { I18nProvider } from './i18n/I18nContext'
import type { Translator } from './i18n/translate'
import { LazyErrorState as ErrorState } from './ticket_sidebar/LazyErrorState'
import { TicketSidebar } from './ticket_sidebar/TicketSidebar'

export type AppProps =
  | {
      kind: 'ready'
      location: string
      helpdesk: HelpdeskPort
      translator: Translator
      initialRead?: Promise<TicketContext>
    }
  | { kind: 'failed'; error: HelpdeskError; translator: Translator }

function Shell({ translator, children }: { translator: Translator; children: ReactNode }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider translator={translator}>{children}</I18nProvider>
    </ThemeProvider>
  )
}

// The confirmation modal is a second instance of the app in ZAF's modal location: its own chunk.
const ConfirmModal = lazy(() => import('./modal/ConfirmModal'))

/** Routes by the location Zendesk loaded us in: the ticket sidebar, or the recovery's confirmation modal. */
export function App(props: AppProps) {
  if (props.kind === 'failed') {
    return (
      <Shell translator={props.translator}>
        <ErrorState error={props.error} />
      </Shell>
    )
  }
  if (props.location === 'modal') {
    return (
      <Shell translator={props.translator}>
        <Suspense fallback={null}>
          <ConfirmModal helpdesk={props.helpdesk} />
        </Suspense>
      </Shell>
    )
  }
  return (
    <Shell translator={props.translator}>
      <TicketSidebar helpdesk={props.helpdesk} initialRead={props.initialRead} />
    </Shell>
  )
}
