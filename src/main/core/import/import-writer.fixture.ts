// Run in a child process by import-durability.test.ts: imports a CSV into a timeline file as
// the app does (one thread reading, one writing), telling the parent how many rows are done
// as it goes, until it is killed.
import { checkImportFile } from './import-file'
import { ImportProgressCells } from './import-progress'
import { runImportOffThread } from './import-runner'

async function importUntilKilled(): Promise<void> {
  const [timelinePath, csv, workerScript] = process.argv.slice(2)
  if (!timelinePath || !csv || !workerScript || !process.send)
    throw new Error('usage: fork with <timeline> <csv> <import worker script>')
  const send = process.send.bind(process)
  const progress = new ImportProgressCells()
  const timer = setInterval(() => send({ rowsDone: progress.rowsDone }), 5)
  const file = await checkImportFile(csv)
  await runImportOffThread(
    workerScript,
    {
      mode: 'run',
      file,
      timelinePath,
      mapping: { preset: 'acled', columns: {}, groupBy: 'event_type' },
      dateOrder: null,
      at: new Date().toISOString(),
    },
    progress,
  )
  clearInterval(timer)
  send({ done: true })
}

importUntilKilled().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
