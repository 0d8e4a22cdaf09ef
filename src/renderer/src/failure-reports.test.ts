import { describe, expect, it } from 'vitest'
import { onFailureReported, reportFailure, runAction } from './failure-reports'

describe('failure reports', () => {
  it('tells every listener what failed and why, until it stops listening', () => {
    const heard: string[] = []
    const stop = onFailureReported((message) => heard.push(message))
    reportFailure('Opening the link', new Error('not an http(s) URL'))
    stop()
    reportFailure('Opening the link', new Error('again'))
    expect(heard).toEqual(['Opening the link failed: not an http(s) URL'])
  })

  it('reports an action that fails, and says nothing of one that succeeds', async () => {
    const heard: string[] = []
    const stop = onFailureReported((message) => heard.push(message))
    runAction('Saving', () => Promise.resolve('saved'))
    runAction('Exporting', () => Promise.reject(new Error('disk full')))
    await new Promise((resolve) => setTimeout(resolve, 0))
    stop()
    expect(heard).toEqual(['Exporting failed: disk full'])
  })
})
