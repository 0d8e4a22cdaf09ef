import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { answerAppRequest } from './app-request'

let root: string
let rendererDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'app-request-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>')
  await writeFile(join(root, 'secret.txt'), 'secret')
})

describe('answerAppRequest', () => {
  it('serves the renderer with the CSP and nosniff headers', async () => {
    const response = await answerAppRequest('app://renderer/index.html', rendererDir, readFile)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>t</title>')
  })

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/..\\secret.txt',
    'app://renderer/..%5csecret.txt',
    'app://other/index.html',
    'app://renderer/missing.js',
  ])('answers %s with 404 and reads nothing outside the renderer', async (url) => {
    const read = vi.fn((file: string) => readFile(file))
    const response = await answerAppRequest(url, rendererDir, read)
    expect(response.status).toBe(404)
    for (const [file] of read.mock.calls)
      expect(String(file).startsWith(rendererDir + sep)).toBe(true)
  })

  it('answers a malformed escape with 400 instead of throwing', async () => {
    const read = vi.fn((file: string) => readFile(file))
    const response = await answerAppRequest('app://renderer/%E0%A4%A', rendererDir, read)
    expect(response.status).toBe(400)
    expect(read).not.toHaveBeenCalled()
  })
})
