import type { z } from 'zod'
import type { Contract } from '../shared/api'
import type { ImportService } from './core/import/import-service'

type ImportChannel =
  | 'previewImport'
  | 'checkImport'
  | 'runImport'
  | 'getImportProgress'
  | 'cancelImport'
  | 'saveRejectedRows'

type ImportImplementations = {
  [C in ImportChannel]: (
    input: z.output<Contract[C]['input']>,
  ) => Promise<z.output<Contract[C]['output']>>
}

/** The "Import events" channels: each a call on the import service (see import-service.ts). */
export function importImplementations(imports: ImportService): ImportImplementations {
  return {
    previewImport: () => imports.preview(),
    checkImport: (request) => imports.check(request),
    runImport: (request) => imports.run(request),
    getImportProgress: ({ importId }) => Promise.resolve(imports.progress(importId)),
    cancelImport: ({ importId }) => Promise.resolve(imports.cancel(importId)),
    saveRejectedRows: ({ importId }) => imports.saveRejected(importId),
  }
}
