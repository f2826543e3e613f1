import { describe, expect, it } from 'vitest'
import { parseFilename } from './download.ts'

describe('parseFilename', () => {
  it('reads quoted, bare and RFC 5987 filenames', () => {
    expect(parseFilename('attachment; filename="report 1.pdf"')).toBe('report 1.pdf')
    expect(parseFilename('attachment; filename=a.png')).toBe('a.png')
    expect(parseFilename("attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf")).toBe('\u62a5\u544a.pdf')
    expect(parseFilename(null)).toBeUndefined()
  })

  it('decodes raw UTF-8 bytes that arrived as Latin-1 code units', () => {
    const raw = String.fromCharCode(...new TextEncoder().encode('\u62a5.txt'))
    expect(parseFilename(`attachment; filename="${raw}"`)).toBe('\u62a5.txt')
  })
})
