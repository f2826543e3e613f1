import { describe, expect, it } from 'vitest'
import { compareSpecificity, createSpecificRouter } from './specific-router.ts'

const handler = () => ({})

describe('createSpecificRouter', () => {
  it('answers the most specific route, whatever the registration order', () => {
    const router = createSpecificRouter()
    router.add({ method: 'PATCH', path: '/r/batch_update', handler })
    router.add({ method: 'PATCH', path: '/r/:id', handler })
    expect(router.find('PATCH', '/r/batch_update')?.route.path).toBe('/r/batch_update')
    expect(router.find('patch', '/r/42')).toMatchObject({ route: { path: '/r/:id' }, params: { id: '42' } })
    expect(router.find('GET', '/r/42')).toBeUndefined()
  })

  it('removes a route with the function add returned', () => {
    const router = createSpecificRouter()
    const remove = router.add({ method: 'GET', path: '/a/:x', handler })
    remove()
    expect(router.find('GET', '/a/1')).toBeUndefined()
  })
})

describe('compareSpecificity', () => {
  it('prefers more literal segments, then the earlier literal', () => {
    expect(compareSpecificity('/a/b', '/a/:x')).toBeGreaterThan(0)
    expect(compareSpecificity('/a/:x/c', '/a/b/:y')).toBeLessThan(0)
    expect(compareSpecificity('/a/:x', '/a/:y')).toBe(0)
  })
})
