// Run in a child process by edit-durability.test.ts: adds an event, changes its claim's
// status, undoes and redoes that change, over and over, and reports each step only once it
// has been acknowledged, until it is killed.
import { draftEvent, openEditable } from '../test-support/editable-timeline'

function denied() {
  const event = draftEvent()
  event.claims[0] = { ...event.claims[0]!, status: 'denied' }
  return event
}

function writeUntilKilled(): void {
  const [path, round] = process.argv.slice(2)
  if (!path || !round || !process.send) throw new Error('usage: fork with <timeline> <round>')
  const send = process.send.bind(process)
  const { editor } = openEditable(path)
  send({ ready: true })
  const at = new Date().toISOString()
  for (let i = 0; ; i += 1) {
    const request = {
      event: draftEvent({ title: `Round ${round} event ${i}` }),
      newSources: [],
      newActors: [],
    }
    const { eventId } = editor.saveEvent(request, at)
    send({ id: eventId, status: 'reported' })
    editor.saveEvent(
      { ...request, id: eventId!, event: { ...denied(), title: request.event.title } },
      at,
    )
    send({ id: eventId, status: 'denied' })
    editor.undo()
    send({ id: eventId, status: 'reported' })
    editor.redo()
    send({ id: eventId, status: 'denied' })
  }
}

try {
  writeUntilKilled()
} catch (error) {
  console.error(error)
  process.exit(1)
}
