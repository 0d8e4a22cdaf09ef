import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, requestBoot } from './app'
import './styles.css'
import './layout/app-header.css'
import './layout/filter-bar.css'
import './layout/app-messages.css'
import './layout/event-list.css'
import './details/event-details.css'
import './timeline/chips.css'
import './notes/notes.css'
import './export/export-pdf-dialog.css'
import './layout/timeline-file.css'
import './editing/editing.css'
import './editing/manage-dialog.css'

const bootRequest = requestBoot()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App bootRequest={bootRequest} />
  </StrictMode>,
)
