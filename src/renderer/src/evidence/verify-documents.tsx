import { useState } from 'react'
import { api, unwrap } from '../api-client'
import { verifyMessage as describe } from './document-words'

/**
 * "Verify documents": every document the timeline keeps (not only this event's) hashed again;
 * what was found stays beside the button, and a changed or missing document is announced.
 */
export function VerifyDocuments() {
  const [state, setState] = useState<{ busy: boolean; text: string; intact: boolean }>({
    busy: false,
    text: '',
    intact: true,
  })
  const verify = () => {
    setState({ busy: true, text: 'Hashing every document again…', intact: true })
    unwrap(api.verifyDocuments())
      .then((check) => setState({ busy: false, ...describe(check) }))
      .catch((e: Error) =>
        setState({
          busy: false,
          text: `The documents could not be checked: ${e.message}`,
          intact: false,
        }),
      )
  }
  return (
    <div className="verify-documents">
      <button type="button" disabled={state.busy} onClick={verify}>
        Verify documents
      </button>
      <p className="verify-result" role={state.intact ? 'status' : 'alert'}>
        {state.text}
      </p>
    </div>
  )
}
