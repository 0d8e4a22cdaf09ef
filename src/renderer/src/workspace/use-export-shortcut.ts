import { useEffect } from 'react'
import { api } from '../api-client'

/** File > Export PDF… (Ctrl/Cmd+Shift+E) in Electron's menu, and the same keys in the page. */
export function useExportShortcut(open: () => void): void {
  useEffect(() => {
    const unsubscribe = api.onExportPdfRequested(open)
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault()
        open()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      unsubscribe()
      window.removeEventListener('keydown', onKey)
    }
  }, [open])
}
