import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listScope } from '../../src/api/contact/v3/index.ts'
import { getTicket } from '../../src/api/helpdesk/v1/index.ts'
import { isLarkValidationError } from '../../src/core/errors.ts'
import { helpdeskHeaders } from '../../src/core/helpdesk.ts'
import { endpoint } from '../../src/core/endpoint.ts'
import { paginateItems } from '../../src/core/paginate.ts'
import { startFake } from '../helpers.ts'

const server = await startFake()
const { fake } = server
afterAll(() => server.close())
beforeEach(() => fake.reset())

describe('helpdesk credentials', () => {
  it('refuses a helpdesk call without X-Lark-Helpdesk-Authorization, sending nothing', async () => {
    const error = await getTicket(server.context(), { path: { ticket_id: 't1' } }).catch((e: unknown) => e)
    expect(isLarkValidationError(error) && error.message).toBe(
      'helpdesk.v1.ticket.get: invalid input: headers.X-Lark-Helpdesk-Authorization: Required header is missing from options.headers',
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('sends base64(helpdesk_id:token) built by helpdeskHeaders', async () => {
    fake.route({ method: 'GET', path: '/open-apis/helpdesk/v1/tickets/:ticket_id', handler: ({ headers }) => ({ auth: headers.get('x-lark-helpdesk-authorization') }) })
    const data = await getTicket(server.context(), { path: { ticket_id: 't1' } }, { headers: helpdeskHeaders('hd_1', 'tok') })
    expect(data).toEqual({ auth: btoa('hd_1:tok') })
  })
})

describe('paginateItems', () => {
  it('refuses endpoints whose pages have no single item array', async () => {
    const run = async () => {
      for await (const item of paginateItems(listScope, server.context())) void item
    }
    await expect(run()).rejects.toThrow('contact.v3.scope.list: invalid input: pages of this endpoint have no single item array: use paginate()')
    expect(fake.requests).toHaveLength(0)
  })

  it('follows page tokens the platform types as numbers', async () => {
    fake.route({
      method: 'GET',
      path: '/open-apis/demo/v1/numbered',
      handler: ({ query }) => {
        const page = Number(query.get('page_token') ?? 0)
        return { items: [page], has_more: page < 2, page_token: page + 1 }
      },
    })
    const numbered = endpoint<object, { items?: number[] }, true>({ id: 'demo.v1.numbered.list', method: 'GET', path: '/open-apis/demo/v1/numbered', tokens: ['tenant'], page: { items: 'items' } })
    const items: number[] = []
    for await (const item of paginateItems(numbered, server.context())) items.push(item)
    expect(items).toEqual([0, 1, 2])
    expect(fake.requests.filter((r) => r.path === '/open-apis/demo/v1/numbered').map((r) => r.query.page_token)).toEqual([undefined, '1', '2'])
  })
})
