import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifest } from '../../src/manifest.ts'
import { decidingKey, deriveShadows, emitShadows } from '../../codegen/emit-shadows.ts'

const endpoints = manifest.map((m) => ({ method: m.httpMethod, path: m.path }))
const derived = deriveShadows(endpoints)

describe('src/proxy/shadows.ts', () => {
  it('is what the catalog derives (npm run generate writes it)', () => {
    const committed = readFileSync(new URL('../../src/proxy/shadows.ts', import.meta.url), 'utf8')
    expect(committed).toBe(emitShadows(endpoints))
  })

  it('keys the literal that decides, by method, segment count and the segment before', () => {
    expect(decidingKey('GET', '/open-apis/contact/v3/users/find_by_department', '/open-apis/contact/v3/users/:user_id')).toBe('GET:6:users/find_by_department')
    expect(decidingKey('PATCH', '/a/:x/records/batch_update', '/a/:x/records/:id')).toBe('PATCH:5:records/batch_update')
    expect(decidingKey('GET', '/a/:x/lit', '/a/:x/:y')).toBe('GET:4:*/lit')
    // The parameter path is the less literal one, the paths cannot meet, or they differ in length.
    expect(decidingKey('GET', '/a/:id', '/a/b')).toBeUndefined()
    expect(decidingKey('GET', '/a/b/c', '/a/:id/d')).toBeUndefined()
    expect(decidingKey('GET', '/a/b', '/a/:id/c')).toBeUndefined()
    // Every same-method sibling pair of the catalog is covered, writes included.
    const keys = derived
    expect(keys).toContain('DELETE:8:members/batch_delete')
    expect(keys).toContain('PATCH:8:blocks/batch_update')
    expect(keys.length).toBeGreaterThan(30)
  })
})
