/**
 * IM chat routes with real state: `POST /im/v1/chats` (create; the calling bot joins),
 * `GET /im/v1/chats/:chat_id` and `GET /im/v1/chats` (the group chats the caller is in, paged).
 *
 * Members in `user_id_list` / `owner_id` are read with `user_id_type` (default `open_id`) and must
 * be in the caller's directory; others answer 99992402 with `field_violations`.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { fieldViolations, pageOf, readPage, type FieldViolation } from '../api/pages.ts'
import { addChat, type ApiEnv, type FakeChat, type StatefulRoute } from '../api/world.ts'
import { isFakeError } from '../reply.ts'
import type { FakeUser, RouteContext } from '../types.ts'
import { directoryOf, idTypes } from './contact-directory.ts'
import { chatFor, chatView, isMember } from './im-common.ts'

const CHATS = '/open-apis/im/v1/chats'

/**
 * The stateful chat routes.
 *
 * @param env The fake's state and world.
 * @returns The route specs.
 */
export function imChatRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    { method: 'POST', path: CHATS, tokens: ['tenant'], handler: (context) => createChat(env, context) },
    { method: 'GET', path: CHATS, tokens: ['tenant', 'user'], handler: (context) => listChats(env, context) },
    { method: 'GET', path: `${CHATS}/:chat_id`, tokens: ['tenant', 'user'], reserved: ['search'], handler: (context) => getChat(env, context) },
  ]
}

function createChat(env: ApiEnv, { body, query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const input = asRecord(body) ?? {}
  const directory = directoryOf(env.state(), caller?.tenantKey)
  const violations: FieldViolation[] = []
  const resolve = (field: string, id: unknown): FakeUser | undefined => {
    const user = typeof id === 'string' ? directory.find((u) => u[types.user] === id) : undefined
    if (user === undefined) violations.push({ field, value: String(id), description: `unknown ${types.user}` })
    return user
  }
  const listed = Array.isArray(input.user_id_list) ? input.user_id_list : []
  const members = listed.map((id, i) => resolve(`user_id_list.${i}`, id))
  const owner = input.owner_id === undefined ? undefined : resolve('owner_id', input.owner_id)
  const bots = Array.isArray(input.bot_id_list) ? input.bot_id_list.filter((id) => typeof id === 'string') : []
  if (violations.length > 0) return fieldViolations(violations)
  const openIds = [...new Set([...(owner ? [owner] : []), ...members].map((u) => (u as FakeUser).open_id))]
  const chat = addChat(
    env.world(),
    {
      name: typeof input.name === 'string' ? input.name : '',
      description: typeof input.description === 'string' ? input.description : '',
      chat_type: input.chat_type === 'public' ? 'public' : 'private',
      tenant_key: caller?.tenantKey,
      ...(owner ? { owner_id: owner.open_id } : {}),
      members: openIds,
      bots: [...new Set([caller?.appId ?? '', ...bots])].filter((id) => id !== ''),
    },
    undefined,
    env.state().now,
  )
  return chatView(chat, true)
}

function getChat(env: ApiEnv, { params, query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const chat = chatFor(env.world(), caller, params.chat_id ?? '')
  return isFakeError(chat) ? chat : chatView(chat, false)
}

function listChats(env: ApiEnv, { query, caller }: RouteContext): unknown {
  const types = idTypes(query)
  if (isFakeError(types)) return types
  const window = readPage(query, { defaultSize: 20, maxSize: 100 })
  if (isFakeError(window)) return window
  const sort = query.get('sort_type') ?? 'ByCreateTimeAsc'
  if (sort !== 'ByCreateTimeAsc' && sort !== 'ByActiveTimeDesc') {
    return fieldViolations([{ field: 'sort_type', value: sort, description: 'must be ByCreateTimeAsc or ByActiveTimeDesc' }])
  }
  const mine = env.world().chats.filter(
    (chat) => chat.chat_mode === 'group' && chat.tenant_key === caller?.tenantKey && isMember(chat, caller),
  )
  // The fake keeps no activity times: most recently created stands in for most recently active.
  const ordered = sort === 'ByActiveTimeDesc' ? [...mine].reverse() : mine
  const page = pageOf(ordered, window)
  return { ...page, items: page.items.map(listItem) }
}

function listItem(chat: FakeChat): Record<string, unknown> {
  return {
    chat_id: chat.chat_id,
    avatar: '',
    name: chat.name,
    description: chat.description,
    owner_id: chat.owner_id,
    owner_id_type: chat.owner_id === undefined ? undefined : 'open_id',
    external: false,
    tenant_key: chat.tenant_key,
    chat_status: 'normal',
    chat_mode: chat.chat_mode,
  }
}
