// Run by measureImportInChild in a process of its own, as the app's main process is one: the
// longest stall is then this process's own, not that of the benchmark's runner, which holds
// every earlier run's data and whose collector may pause it at any time.
import { measureImport } from './measure-import'

const [n, workerScript] = process.argv.slice(2)
if (!process.send || !n || !workerScript) throw new Error('usage: fork with <n> <worker script>')
const send = process.send.bind(process)
measureImport(Number(n), workerScript).then(
  (figures) => send(figures),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
