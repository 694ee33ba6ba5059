import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming'
import { lazy, Suspense, type ReactNode } from 'react'
import type { HelpdeskError } from '../helpdesk/errors'
import type { ImpactConnection } from '../helpdesk/impact-ports'
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
  /** The nav_bar location: the team leads' impact page. */
  | { kind: 'impact'; openImpact: () => Promise<ImpactConnection>; translator: Translator }

function Shell({ translator, children }: { translator: Translator; children: ReactNode }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider translator={translator}>{children}</I18nProvider>
    </ThemeProvider>
  )
}

// The confirmation modal is a second instance of the app in ZAF's modal location: its own chunk.
const ConfirmModal = lazy(() => import('./modal/ConfirmModal'))
// The impact page (nav_bar) and its chart library: a chunk the ticket sidebar never loads.
const ImpactPage = lazy(() => import('./nav_bar/ImpactPage'))

/** Routes by the location Zendesk loaded us in: the ticket sidebar, the confirmation modal, or the nav bar page. */
export function App(props: AppProps) {
  if (props.kind === 'impact') {
    return (
      <Shell translator={props.translator}>
        <Suspense fallback={null}>
          <ImpactPage openImpact={props.openImpact} />
        </Suspense>
      </Shell>
    )
  }
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
