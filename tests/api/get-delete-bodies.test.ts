import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Endpoint } from '../../src/core/endpoint.ts'
import type { CallInput, Context } from '../../src/core/types.ts'
import { manifest } from '../../src/manifest.ts'
import { loadFromSource } from '../../src/testing/api/learn-all.ts'
import type { ApiModule } from '../../src/testing/api/learn.ts'
import { inputParts, type SchemaNode } from '../../src/testing/api/schema-node.ts'
import { startFake } from '../helpers.ts'
import { expectedWire, sampleInput } from './sample-input.ts'

type Fn = Endpoint<CallInput, unknown>
let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context
const functions = new Map<string, Fn>()

/** Endpoints of one method whose generated input carries a body. */
function withBody(method: 'GET' | 'DELETE'): string[] {
  return manifest
    .filter((e) => e.httpMethod === method)
    .filter((e) => {
      const schema = functions.get(e.id)?.spec.input?.() as unknown as SchemaNode | undefined
      return schema !== undefined && inputParts(schema).body !== undefined
    })
    .map((e) => e.id)
}

beforeAll(async () => {
  served = await startFake()
  ctx = served.context({ retry: false })
  const wanted = manifest.filter((e) => e.httpMethod === 'GET' || e.httpMethod === 'DELETE')
  for (const subpath of new Set(wanted.map((e) => e.subpath))) {
    const [endpoints, schemas] = await Promise.all([loadFromSource(subpath), loadFromSource(`${subpath}/schemas`)])
    served.fake.learn(endpoints, schemas)
    for (const entry of wanted.filter((e) => e.subpath === subpath)) functions.set(entry.id, (endpoints as ApiModule)[entry.export] as Fn)
  }
})
afterAll(() => served.close())

async function sent(id: string, input: CallInput, headers: Record<string, string> = {}) {
  const fn = functions.get(id) as Fn
  served.fake.clearRequests()
  const userOnly = fn.spec.tokens.every((kind) => kind === 'user')
  await fn(ctx, input, { headers, ...(userOnly ? { userAccessToken: served.fake.issueUserToken().accessToken } : {}) })
  const [hit] = served.fake.requests.filter((r) => r.method === fn.spec.method && !r.path.startsWith('/open-apis/auth/'))
  return hit
}

const HELPDESK = { 'X-Lark-Helpdesk-Authorization': `Bearer ${btoa('hd:token')}` }

describe('GET endpoints whose types carry a body', () => {
  it('are exactly the seven the catalog lists', () => {
    expect(withBody('GET')).toEqual([
      'approval.v4.external_task.list',
      'attendance.v1.leave_employ_expire_record.get',
      'attendance.v1.user_setting.query',
      'drive.v1.file.subscription.get',
      'helpdesk.v1.ticket_customized_field.list',
      'mdm.v3.batch_country_region.get',
      'mdm.v3.country_region.list',
    ])
  })

  const cases: [string, CallInput, Record<string, string | string[]>, Record<string, string>?][] = [
    [
      'approval.v4.external_task.list',
      { query: { page_size: 10 }, body: { approval_codes: ['A', 'B'], status: 'PENDING' } },
      { page_size: '10', approval_codes: ['A', 'B'], status: 'PENDING' },
    ],
    [
      'attendance.v1.leave_employ_expire_record.get',
      {
        path: { leave_id: 'L1' },
        body: { employment_id: 'e1', leave_type_id: 't1', start_expiration_date: '2024-01-01', end_expiration_date: '2024-12-31', time_offset: 480 },
      },
      { employment_id: 'e1', leave_type_id: 't1', start_expiration_date: '2024-01-01', end_expiration_date: '2024-12-31', time_offset: '480' },
    ],
    [
      'attendance.v1.user_setting.query',
      { query: { employee_type: 'employee_id' }, body: { user_ids: ['u1', 'u2'] } },
      { employee_type: 'employee_id', user_ids: ['u1', 'u2'] },
    ],
    ['drive.v1.file.subscription.get', { path: { file_token: 'f', subscription_id: 's' }, body: { file_type: 'docx' } }, { file_type: 'docx' }],
    ['helpdesk.v1.ticket_customized_field.list', { query: { page_size: 5 }, body: { visible: true } }, { page_size: '5', visible: 'true' }, HELPDESK],
    [
      'mdm.v3.batch_country_region.get',
      { query: { fields: ['name'], ids: ['1', '2'], languages: ['zh-CN'] }, body: { common: { tenant_id: 't' } } },
      { fields: 'name', ids: ['1', '2'], languages: 'zh-CN', common: '{"tenant_id":"t"}' },
    ],
    [
      'mdm.v3.country_region.list',
      { query: { languages: ['en'], fields: ['name', 'code'] }, body: { filter: { logic: '0', expressions: [{ field: 'f', operator: '1', value: { string_value: 'x' } }] } } },
      {
        languages: 'en',
        fields: ['name', 'code'],
        filter: '{"logic":"0","expressions":[{"field":"f","operator":"1","value":{"string_value":"x"}}]}',
      },
    ],
  ]

  it.each(cases)('%s: body fields travel in the query (arrays repeated, objects as JSON), no body is sent', async (id, input, query, headers) => {
    const hit = await sent(id, input, headers)
    expect(hit?.query).toEqual(query)
    expect(hit?.body).toBeUndefined()
    expect(hit?.headers['content-type']).toBeUndefined()
  })
})

describe('DELETE endpoints whose types carry a body', () => {
  it('are twenty-four: twenty from the SDK catalog and four of sheets v2', () => {
    const ids = withBody('DELETE')
    expect(ids).toHaveLength(24)
    expect(ids.filter((id) => id.startsWith('sheets.v2.'))).toEqual([
      'sheets.v2.spreadsheet.condition_formats.batch_delete',
      'sheets.v2.spreadsheet.data_validation.delete',
      'sheets.v2.spreadsheet.dimension_range.delete',
      'sheets.v2.spreadsheet.protected_range.batch_delete',
    ])
  })

  it('send the body as JSON, leaving the query alone', async () => {
    for (const id of withBody('DELETE')) {
      const fn = functions.get(id) as Fn
      const input = sampleInput(fn.spec)
      const hit = await sent(id, input)
      expect(hit?.body, id).toEqual(input.body)
      expect(hit?.headers['content-type'], id).toMatch(/^application\/json/)
      // Only what the query input holds is in the query (drive's permission delete has `type` in both).
      expect(hit?.query, id).toEqual(expectedWire(fn.spec, input).query)
    }
  })
})
