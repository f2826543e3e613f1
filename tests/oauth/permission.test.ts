import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listChat } from '../../src/api/im/v1/index.ts'
import { createLarkApiError, createLarkHttpError, isLarkApiError } from '../../src/core/errors.ts'
import { explainPermissionError, scopeApplyUrl } from '../../src/core/permission.ts'
import type { Context } from '../../src/core/types.ts'
import { FAKE_APP_ID } from '../../src/testing/index.ts'
import { startFake } from '../helpers.ts'

let served: Awaited<ReturnType<typeof startFake>>
let ctx: Context

beforeAll(async () => {
  served = await startFake()
  ctx = served.context({ retry: false })
})
afterAll(() => served.close())

async function refusal(run: () => Promise<unknown>) {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to be refused')
}

describe('permission errors from the fake, explained', () => {
  it('99991672 Feishu-style: the scopes and the console link from the msg; enabling a scope lets the call through', async () => {
    const remove = served.fake.requireScopes({ method: 'GET', path: '/open-apis/im/v1/chats', scopes: ['im:chat', 'im:chat:readonly'] })
    const error = await refusal(() => listChat(ctx, {}))
    expect(isLarkApiError(error) && error.code).toBe(99991672)
    expect((error as Error).message).toContain('[im:chat, im:chat:readonly]')
    expect(explainPermissionError(error, ctx)).toEqual({
      kind: 'app',
      code: 99991672,
      scopes: ['im:chat', 'im:chat:readonly'],
      grantUrl: `https://open.feishu.cn/app/${FAKE_APP_ID}/auth?q=im:chat,im:chat:readonly&op_from=openapi&token_type=tenant`,
    })
    served.fake.enableAppScopes(['im:chat:readonly'])
    await expect(listChat(ctx, {})).resolves.toBeDefined()
    remove()
  })

  it('99991672 Lark-style: English msg, the link in error.helps', async () => {
    const remove = served.fake.requireScopes({ path: '/open-apis/im/v1/chats', scopes: ['im:chat.lark'], brand: 'lark' })
    const error = await refusal(() => listChat(ctx, {}))
    const why = explainPermissionError(error, ctx)
    expect(why?.kind).toBe('app')
    expect(why?.scopes).toEqual(['im:chat.lark'])
    expect(why?.grantUrl).toBe(`https://open.larksuite.com/app/${FAKE_APP_ID}/auth?q=im:chat.lark&op_from=openapi&token_type=tenant`)
    remove()
  })

  it('99991679: the user did not grant the scope; granting it lets the call through', async () => {
    served.fake.enableAppScopes(['contact:user:readonly'])
    const remove = served.fake.requireScopes({ path: '/open-apis/im/v1/chats', scopes: ['contact:user:readonly'] })
    const narrow = served.fake.issueUserToken({ scope: 'im:message' }).accessToken
    const error = await refusal(() => listChat(ctx, {}, { userAccessToken: narrow }))
    expect(explainPermissionError(error, ctx)).toEqual({ kind: 'user', code: 99991679, scopes: ['contact:user:readonly'], grantUrl: undefined })
    expect((error as Error).message).toContain('required one of these privileges: [contact:user:readonly]')
    const wide = served.fake.issueUserToken({ scope: 'im:message contact:user:readonly' }).accessToken
    await expect(listChat(ctx, {}, { userAccessToken: wide })).resolves.toBeDefined()
    remove()
  })
})

describe('explainPermissionError on answers as the platform words them', () => {
  const api = (code: number, msg: string, detail?: Record<string, unknown>) =>
    createLarkApiError({ endpoint: 'im.v1.chat.list', code, msg, logId: 'L1', httpStatus: 400, detail })

  it('reads a Feishu msg with its Chinese half and the link in it', () => {
    // The Chinese half as the platform sends it, escaped so this file stays ASCII.
    const zh = '\u5e94\u7528\u5c1a\u672a\u5f00\u901a\u6240\u9700\u7684\u5e94\u7528\u8eab\u4efd\u6743\u9650'
    const msg = `Access denied. One of the following scopes is required: [im:chat, im:chat.tabs:write_only].${zh}\uff1a[im:chat, im:chat.tabs:write_only]\uff0c https://open.feishu.cn/app/cli_a1b2c3d4e5f60718/auth?q=im:chat,im:chat.tabs:write_only&op_from=openapi&token_type=tenant`
    const detail = { permission_violations: [{ type: 'action_scope_required', subject: 'im:chat' }, { type: 'action_scope_required', subject: 'im:chat.tabs:write_only' }] }
    expect(explainPermissionError(api(99991672, msg, detail))).toEqual({
      kind: 'app',
      code: 99991672,
      scopes: ['im:chat', 'im:chat.tabs:write_only'],
      grantUrl: 'https://open.feishu.cn/app/cli_a1b2c3d4e5f60718/auth?q=im:chat,im:chat.tabs:write_only&op_from=openapi&token_type=tenant',
    })
  })

  it('builds the scope-apply page when the answer has no link, on the Lark host for Lark', () => {
    const error = api(99991672, 'Access denied.', { permission_violations: [{ subject: 'docx:document' }] })
    expect(explainPermissionError(error, { appId: 'cli_x1', baseUrl: 'https://open.feishu.cn' })?.grantUrl).toBe(
      'https://open.feishu.cn/page/scope-apply?clientID=cli_x1&scopes=docx%3Adocument',
    )
    expect(explainPermissionError(error, { appId: 'cli_x1', baseUrl: 'https://open.larksuite.com' })?.grantUrl).toBe(
      'https://open.larksuite.com/page/scope-apply?clientID=cli_x1&scopes=docx%3Adocument',
    )
    expect(explainPermissionError(error)?.grantUrl).toBeUndefined()
    expect(scopeApplyUrl('cli_x1', ['a', 'b'])).toBe('https://open.feishu.cn/page/scope-apply?clientID=cli_x1&scopes=a%2Cb')
  })

  it('reads a Lark 99991679 from its msg alone', () => {
    const msg = 'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again. required one of these privileges: [calendar:calendar, calendar:calendar:readonly]'
    expect(explainPermissionError(api(99991679, msg))).toEqual({ kind: 'user', code: 99991679, scopes: ['calendar:calendar', 'calendar:calendar:readonly'], grantUrl: undefined })
  })

  it('answers undefined for any other error, and stays bounded on hostile answers', () => {
    expect(explainPermissionError(api(230002, 'Bot not in chat'))).toBeUndefined()
    expect(explainPermissionError(createLarkHttpError({ endpoint: 'x', httpStatus: 502, logId: undefined, bodyText: undefined, reason: 'bad gateway' }))).toBeUndefined()
    expect(explainPermissionError(new Error('99991672'))).toBeUndefined()
    expect(explainPermissionError(undefined)).toBeUndefined()
    const many = { permission_violations: Array.from({ length: 10_000 }, (_, i) => ({ subject: `s:${i}` })), helps: [{ url: 'javascript:alert(1)' }] }
    const why = explainPermissionError(api(99991672, `[${'x,'.repeat(100_000)}]`, many))
    expect(why?.scopes.length).toBe(50)
    expect(why?.grantUrl).toBeUndefined()
  })
})
