import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, requestBoot } from './app'
import './styles.css'
import './layout/timeline-file.css'

const bootRequest = requestBoot()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App bootRequest={bootRequest} />
  </StrictMode>,
)
