// Run in a child process by annotation-durability.test.ts: saves notes one after another and
// reports each one only once its save has been acknowledged, until it is killed.
import { AnnotationRepository } from './annotation-repository'

async function writeUntilKilled(): Promise<void> {
  const [dir, round] = process.argv.slice(2)
  if (!dir || !round || !process.send) throw new Error('usage: fork with <userDataDir> <round>')
  const send = process.send.bind(process)
  const repository = await AnnotationRepository.open(dir)
  send({ ready: true, notice: repository.notice })
  for (let i = 0; ; i += 1) {
    const note = await repository.add('alaska-summit', 'Alaska summit', `round ${round}, note ${i}`)
    send({ acked: note.id })
  }
}

void writeUntilKilled()
