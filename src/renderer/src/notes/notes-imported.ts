import { useEffect, useState } from 'react'

const listeners = new Set<() => void>()

/**
 * Says notes were written from elsewhere than the notes panel: by "Import notes". The panel
 * shows each of its own writes from the answer, in one round trip, and reads its event's notes
 * again only after this.
 */
export function announceNotesImported(): void {
  for (const listener of listeners) listener()
}

/** Moves each time notes were imported. */
export function useNotesImports(): number {
  const [imports, setImports] = useState(0)
  useEffect(() => {
    const heard = () => setImports((n) => n + 1)
    listeners.add(heard)
    return () => {
      listeners.delete(heard)
    }
  }, [])
  return imports
}
