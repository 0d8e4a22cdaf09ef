// Run in a child process by annotation-durability.test.ts: saves notes one after another and
// reports each one only once its save has been acknowledged, until it is killed.
import { UserDatabase } from '../user-data/user-database'
import { AnnotationRepository } from './annotation-repository'

async function writeUntilKilled(): Promise<void> {
  const [dir, round, timelineId] = process.argv.slice(2)
  if (!dir || !round || !timelineId || !process.send)
    throw new Error('usage: fork with <userDataDir> <round> <timelineId>')
  const send = process.send.bind(process)
  const db = await UserDatabase.open(dir)
  const repository = new AnnotationRepository(db, timelineId)
  send({ ready: true, notice: db.notices[0] ?? null })
  for (let i = 0; ; i += 1) {
    const note = await repository.add('alaska-summit', 'Alaska summit', `round ${round}, note ${i}`)
    send({ acked: note.id })
  }
}

// A failure ends the child with code 1 and says why, as an unhandled rejection would.
writeUntilKilled().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
