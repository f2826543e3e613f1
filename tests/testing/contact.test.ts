import { describe, expect, it } from 'vitest'
import { FAKE_APP_ID } from '../../src/testing/index.ts'
import { useServedFake } from './serve.ts'

const served = useServedFake()
const PATH = '/open-apis/contact/v3/users/batch_get_id'
const ACTIVE = { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false }

function seed() {
  served.current.fake.seedUsers([
    { open_id: 'ou_ann', union_id: 'on_ann', user_id: 'ann1', name: 'Ann', email: 'ann@example.com', mobile: '+8613000000001' },
    { open_id: 'ou_bob', union_id: 'on_bob', user_id: 'bob1', name: 'Bob', email: 'Bob@Example.com', mobile: '+8613000000002' },
    { open_id: 'ou_cy', union_id: 'on_cy', user_id: 'cy1', name: 'Cy', email: 'cy@example.com', status: { is_resigned: true } },
  ])
  served.current.fake.seedUsers([{ open_id: 'ou_eve', name: 'Eve', email: 'eve@example.com' }], { tenantKey: 'other_tenant' })
}

async function batch(body: unknown, query = '') {
  const token = await served.current.tenantToken()
  return served.current.call('POST', PATH + query, { token, json: body })
}

describe('contact.v3.user.batch_get_id', () => {
  it('finds seeded users by email and mobile, as open_id by default', async () => {
    seed()
    const reply = await batch({ emails: ['ann@example.com', 'nobody@example.com'], mobiles: ['13000000002'] })
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({
      code: 0,
      msg: 'success',
      data: {
        user_list: [
          { user_id: 'ou_ann', email: 'ann@example.com', status: ACTIVE },
          { email: 'nobody@example.com' },
          { user_id: 'ou_bob', mobile: '13000000002', status: ACTIVE },
        ],
      },
    })
  })

  it.each([
    ['union_id', 'on_bob'],
    ['user_id', 'bob1'],
    ['open_id', 'ou_bob'],
  ])('answers the id of user_id_type=%s, matching emails case-insensitively', async (type, id) => {
    seed()
    const reply = await batch({ emails: ['bob@example.com'] }, `?user_id_type=${type}`)
    expect(reply.json.data).toEqual({ user_list: [{ user_id: id, email: 'bob@example.com', status: ACTIVE }] })
  })

  it('leaves resigned users out unless include_resigned is true', async () => {
    seed()
    expect((await batch({ emails: ['cy@example.com'] })).json.data).toEqual({ user_list: [{ email: 'cy@example.com' }] })
    const withResigned = await batch({ emails: ['cy@example.com'], include_resigned: true })
    expect(withResigned.json.data).toEqual({
      user_list: [{ user_id: 'ou_cy', email: 'cy@example.com', status: { ...ACTIVE, is_resigned: true } }],
    })
  })

  it("only sees the caller's tenant", async () => {
    seed()
    expect((await batch({ emails: ['eve@example.com'] })).json.data).toEqual({ user_list: [{ email: 'eve@example.com' }] })
    served.current.fake.addApp({ appId: 'cli_0a0b0c0d0e0f0102', appSecret: 's', tenants: ['other_tenant'] })
    const other = await served.current.call('POST', '/open-apis/auth/v3/tenant_access_token/internal', {
      json: { app_id: 'cli_0a0b0c0d0e0f0102', app_secret: 's' },
    })
    const reply = await served.current.call('POST', PATH, {
      token: other.json.tenant_access_token as string,
      json: { emails: ['eve@example.com'] },
    })
    expect(reply.json.data).toMatchObject({ user_list: [{ user_id: expect.stringMatching(/^ou_/), email: 'eve@example.com' }] })
  })

  it.each([
    ['neither list', {}, '', 'emails'],
    ['more than 50 emails', { emails: Array.from({ length: 51 }, (_, i) => `u${i}@example.com`) }, '', 'emails'],
    ['mobiles that are not strings', { mobiles: [13000000001] }, '', 'mobiles'],
    ['an unknown user_id_type', { emails: ['ann@example.com'] }, '?user_id_type=email', 'user_id_type'],
  ])('refuses %s with 400 / 99992402 and field_violations', async (_name, body, query, field) => {
    seed()
    const reply = await batch(body, query)
    expect(reply.status).toBe(400)
    expect(reply.json).toMatchObject({
      code: 99992402,
      msg: 'field validation failed',
      error: {
        log_id: reply.headers.get('x-tt-logid'),
        field_violations: [{ field, description: expect.any(String) }],
      },
    })
  })

  it('takes only a tenant token', async () => {
    const user = served.current.fake.issueToken({ kind: 'user', appId: FAKE_APP_ID })
    const reply = await served.current.call('POST', PATH, { token: user, json: { emails: ['a@b.c'] } })
    expect([reply.status, reply.json.code]).toEqual([400, 99991663])
  })

  it('logs the query with repeated keys as arrays, as a handler reads them with getAll', async () => {
    const { fake, call } = served.current
    fake.route({
      method: 'GET',
      path: '/open-apis/contact/v3/users/batch',
      handler: ({ query }) => ({ asked: query.getAll('user_ids'), type: query.get('user_id_type') }),
    })
    const token = await served.current.tenantToken()
    const reply = await call('GET', '/open-apis/contact/v3/users/batch?user_ids=ou_a&user_ids=ou_b&user_id_type=open_id', { token })
    expect(reply.json.data).toEqual({ asked: ['ou_a', 'ou_b'], type: 'open_id' })
    expect(fake.requests.at(-1)?.query).toEqual({ user_ids: ['ou_a', 'ou_b'], user_id_type: 'open_id' })
  })
})
