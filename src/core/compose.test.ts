import { describe, expect, it } from 'vitest'
import { compose } from './compose.ts'
import type { LarkRequest, LarkResponse, Middleware } from './types.ts'

const response = (body: unknown): LarkResponse => ({ status: 200, headers: new Headers(), body })

describe('compose', () => {
  it('runs the first middleware outermost and the transport last', async () => {
    const seen: string[] = []
    const tag =
      (name: string): Middleware =>
      async (req, next) => {
        seen.push(`${name}>`)
        const res = await next({ ...req, headers: { ...req.headers, [name]: '1' } })
        seen.push(`<${name}`)
        return res
      }
    const send = compose([tag('a'), tag('b')], async (req) => response(Object.keys(req.headers)))
    const res = await send({ headers: {} } as LarkRequest)
    expect(seen).toEqual(['a>', 'b>', '<b', '<a'])
    expect(res.body).toEqual(['a', 'b'])
  })

  it('lets a middleware call next twice with fresh arguments', async () => {
    let calls = 0
    const twice: Middleware = async (req, next) => {
      await next(req)
      return next({ ...req, url: 'second' })
    }
    const send = compose([twice], async (req) => response(`${++calls}:${req.url}`))
    expect((await send({ url: 'first' } as LarkRequest)).body).toBe('2:second')
  })
})
