import { Button } from '@zendeskgarden/react-buttons'
import { Modal } from '@zendeskgarden/react-modals'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD, SM } from '@zendeskgarden/react-typography'
import { useEffect, useState } from 'react'
import styled from 'styled-components'
import type { HelpdeskPort } from '../../helpdesk/ports'
import type { ConfirmModalBridge, ConfirmSummary } from '../../helpdesk/recovery-ports'
import { useI18n } from '../i18n/I18nContext'

const FILL_FRAME = {
  position: 'fixed',
  inset: 0,
  width: '100%',
  maxWidth: '100%',
  height: '100%',
  maxHeight: '100%',
  margin: 0,
  borderRadius: 0,
  boxShadow: 'none',
  border: 'none',
} as const

const Lines = styled.ul`
  margin: 4px 0 12px;
  padding-left: 18px;
  font-size: 13px;
  line-height: 19px;
  overflow-wrap: anywhere;
`

/**
 * The modal location: exactly what Start recovery will change, as the sidebar computed it, and the agent's
 * Confirm or Cancel. Nothing is written from here: the sidebar runs the recovery once it hears "confirm".
 */
export default function ConfirmModal({ helpdesk }: { helpdesk: HelpdeskPort }) {
  const { t } = useI18n()
  const [bridge, setBridge] = useState<ConfirmModalBridge | null>(null)
  const [summary, setSummary] = useState<ConfirmSummary | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    helpdesk.openConfirmModal().then(
      (opened) => {
        if (!current) return
        setBridge(opened)
        opened.onSummary((received) => current && setSummary(received))
      },
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)),
    )
    return () => {
      current = false
    }
  }, [helpdesk])

  const close = () => void bridge?.close()
  return (
    // Zendesk already frames the modal location as a dialog: Garden's modal fills that frame instead of floating in it.
    <Modal
      isAnimated={false}
      onClose={close}
      focusOnMount
      data-testid="confirm-modal"
      backdropProps={{ style: { background: 'transparent', padding: 0, overflow: 'hidden' } }}
      style={FILL_FRAME}
    >
      <Modal.Header tag="h1">{summary?.title ?? t('modal.loading')}</Modal.Header>
      <Modal.Body>
        {failed && <Alert type="error">{failed}</Alert>}
        {summary ? (
          <>
            <SM style={{ marginBottom: 10 }}>{summary.intro}</SM>
            {summary.notices.map((notice) => (
              <Alert type="warning" key={notice} style={{ marginBottom: 10 }} data-testid="confirm-notice">
                {notice}
              </Alert>
            ))}
            {summary.sections
              .filter((section) => section.lines.length > 0)
              .map((section) => (
                <section key={section.heading} data-testid="confirm-section">
                  <MD isBold>{section.heading}</MD>
                  <Lines>
                    {section.lines.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </Lines>
                </section>
              ))}
          </>
        ) : (
          !failed && <SM aria-busy="true">{t('modal.loading')}</SM>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button isBasic onClick={close} data-testid="confirm-cancel">
            {summary?.cancelLabel ?? t('modal.cancel')}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button
            isPrimary
            disabled={!summary || !bridge}
            onClick={() => void bridge?.confirm()}
            data-testid="confirm-yes"
          >
            {summary?.confirmLabel ?? t('modal.confirm')}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
    </Modal>
  )
}
