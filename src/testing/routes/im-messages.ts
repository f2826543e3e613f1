/**
 * IM message routes with real state: send (`POST /im/v1/messages`), reply, edit (`PUT`), get, and
 * list a chat's messages (`container_id_type=chat`, paged, `start_time` / `end_time` in seconds, `sort_type`).
 *
 * Editing follows the edit page: text and post messages only, into text or post, by their sender,
 * at most 20 times. The platform's codes for the refusals are not documented: the fake answers
 * 230001 with a reason.
 *
 * Sending to a user (`open_id`, `union_id`, `user_id`, `email`) uses the bot's p2p chat with that
 * user, made on first use; a user missing from the caller's directory, or resigned, answers 230013.
 *
 * @module
 */
import { asRecord } from '../body.ts'
import { fieldViolations, pageOf, readPage } from '../api/pages.ts'
import { addChat, type ApiEnv, type FakeChat, type FakeMessage, type StatefulRoute } from '../api/world.ts'
import { fakeError, isFakeError, type FakeError } from '../reply.ts'
import type { Caller, RouteContext } from '../types.ts'
import { directoryOf } from './contact-directory.ts'
import { chatFor, invalidImParam, messageView } from './im-common.ts'
import { readOutgoing, senderOf, storeMessage, type Sending } from './im-send.ts'

const MESSAGES = '/open-apis/im/v1/messages'
const RECEIVE_ID_TYPES = ['open_id', 'union_id', 'user_id', 'email', 'chat_id'] as const
type ReceiveIdType = (typeof RECEIVE_ID_TYPES)[number]

/**
 * The stateful message routes.
 *
 * @param env The fake's state and world.
 * @returns The route specs.
 */
export function imMessageRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    { method: 'POST', path: MESSAGES, tokens: ['tenant'], handler: (context) => send(env, context) },
    { method: 'GET', path: MESSAGES, tokens: ['tenant'], handler: (context) => list(env, context) },
    {
      method: 'GET',
      path: `${MESSAGES}/:message_id`,
      tokens: ['tenant'],
      reserved: ['merge_forward', 'reactions', 'search'],
      handler: (context) => get(env, context),
    },
    { method: 'PUT', path: `${MESSAGES}/:message_id`, tokens: ['tenant'], handler: (context) => edit(env, context) },
    { method: 'POST', path: `${MESSAGES}/:message_id/reply`, tokens: ['tenant'], handler: (context) => reply(env, context) },
  ]
}

function send(env: ApiEnv, { body, query, caller }: RouteContext): unknown {
  const type = query.get('receive_id_type') ?? ''
  if (!(RECEIVE_ID_TYPES as readonly string[]).includes(type)) {
    return fieldViolations([{ field: 'receive_id_type', value: type, description: `must be one of ${RECEIVE_ID_TYPES.join(', ')}` }])
  }
  const input = asRecord(body) ?? {}
  const outgoing = readOutgoing(env.world(), input, sending(env, caller), ['receive_id'])
  if (isFakeError(outgoing)) return outgoing
  const chat = targetChat(env, caller, type as ReceiveIdType, input.receive_id as string)
  if (isFakeError(chat)) return chat
  const message = storeMessage(env.world(), env.state().now, { ...outgoing, chat_id: chat.chat_id, sender: senderOf(caller) })
  return messageView(message)
}

/**
 * The caller's tenant and the names of its directory (for mentions); for sends and replies also its
 * app and the clock (for cards by reference; edits refuse interactive content anyway).
 */
function sending(env: ApiEnv, caller: Caller | undefined, sendsCards = true): Sending {
  const tenantKey = caller?.tenantKey ?? ''
  const nameOf = (openId: string) => directoryOf(env.state(), tenantKey).find((u) => u.open_id === openId)?.name
  if (!sendsCards) return { tenantKey, nameOf }
  return { tenantKey, nameOf, appId: caller?.appId ?? '', senderId: senderOf(caller).id, now: env.state().now }
}

function targetChat(env: ApiEnv, caller: Caller | undefined, type: ReceiveIdType, id: string): FakeChat | FakeError {
  const world = env.world()
  if (type === 'chat_id') return chatFor(world, caller, id)
  const directory = directoryOf(env.state(), caller?.tenantKey)
  const user =
    type === 'email' ? directory.find((u) => u.email?.toLowerCase() === id.trim().toLowerCase()) : directory.find((u) => u[type] === id)
  if (user === undefined || user.status.is_resigned) return fakeError(230013, 'Bot has NO availability to this user.', 400)
  const appId = caller?.appId ?? ''
  const p2p = world.chats.find(
    (c) => c.chat_mode === 'p2p' && c.tenant_key === user.tenant_key && c.members.includes(user.open_id) && c.bots.includes(appId),
  )
  return p2p ?? addChat(world, { chat_mode: 'p2p', members: [user.open_id], bots: [appId], tenant_key: user.tenant_key }, undefined, env.state().now)
}

/** The message and its chat, when the caller may see them. */
function visibleMessage(env: ApiEnv, caller: Caller | undefined, messageId: string): FakeMessage | FakeError {
  const world = env.world()
  const message = world.messages.find((m) => m.message_id === messageId)
  if (message === undefined) return invalidImParam('invalid message_id')
  const chat = chatFor(world, caller, message.chat_id)
  return isFakeError(chat) ? chat : message
}

/** A message the caller can see and that was not recalled (the platform answers 230011 for one that was). */
function liveMessage(env: ApiEnv, caller: Caller | undefined, messageId: string): FakeMessage | FakeError {
  const message = visibleMessage(env, caller, messageId)
  if (isFakeError(message) || message.deleted !== true) return message
  return fakeError(230011, 'The message was withdrawn.', 400)
}

function reply(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const parent = liveMessage(env, caller, params.message_id ?? '')
  if (isFakeError(parent)) return parent
  const input = asRecord(body) ?? {}
  const outgoing = readOutgoing(env.world(), input, sending(env, caller))
  if (isFakeError(outgoing)) return outgoing
  const thread = input.reply_in_thread === true ? (parent.thread_id ?? `omt_${parent.message_id.slice(3)}`) : parent.thread_id
  const message = storeMessage(env.world(), env.state().now, {
    ...outgoing,
    chat_id: parent.chat_id,
    sender: senderOf(caller),
    root_id: parent.root_id ?? parent.message_id,
    parent_id: parent.message_id,
    thread_id: thread,
  })
  return messageView(message)
}

const EDITABLE = ['text', 'post']
const MAX_EDITS = 20

function edit(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const message = liveMessage(env, caller, params.message_id ?? '')
  if (isFakeError(message)) return message
  const world = env.world()
  const outgoing = readOutgoing(world, asRecord(body) ?? {}, sending(env, caller, false))
  if (isFakeError(outgoing)) return outgoing
  if (!EDITABLE.includes(message.msg_type) || !EDITABLE.includes(outgoing.msg_type)) {
    return invalidImParam('only text and post messages can be edited, into text or post')
  }
  if (message.sender.id !== senderOf(caller).id) return invalidImParam('only the sender can edit a message')
  const edits = (message.edits ?? 0) + 1
  if (edits > MAX_EDITS) return invalidImParam(`a message can be edited at most ${MAX_EDITS} times`)
  const edited: FakeMessage = Object.freeze({
    ...message,
    msg_type: outgoing.msg_type,
    content: outgoing.content,
    mentions: outgoing.mentions,
    update_time: env.state().now * 1000,
    edits,
  })
  world.messages[world.messages.indexOf(message)] = edited
  return messageView(edited)
}

function get(env: ApiEnv, { params, caller }: RouteContext): unknown {
  const message = visibleMessage(env, caller, params.message_id ?? '')
  return isFakeError(message) ? message : { items: [messageView(message)] }
}

function list(env: ApiEnv, { query, caller }: RouteContext): unknown {
  const containerType = query.get('container_id_type') ?? ''
  const containerId = query.get('container_id') ?? ''
  const sort = query.get('sort_type') ?? 'ByCreateTimeAsc'
  const violations = [
    ...(containerType === 'chat' || containerType === 'thread'
      ? []
      : [{ field: 'container_id_type', value: containerType, description: 'must be chat or thread' }]),
    ...(containerId === '' ? [{ field: 'container_id', description: 'container_id is required' }] : []),
    ...(sort === 'ByCreateTimeAsc' || sort === 'ByCreateTimeDesc'
      ? []
      : [{ field: 'sort_type', value: sort, description: 'must be ByCreateTimeAsc or ByCreateTimeDesc' }]),
  ]
  if (violations.length > 0) return fieldViolations(violations)
  const window = readPage(query, { defaultSize: 20, maxSize: 50 })
  if (isFakeError(window)) return window
  const world = env.world()
  let messages: FakeMessage[]
  if (containerType === 'chat') {
    const chat = chatFor(world, caller, containerId)
    if (isFakeError(chat)) return chat
    messages = world.messages.filter((m) => m.chat_id === chat.chat_id)
  } else {
    messages = world.messages.filter((m) => m.thread_id === containerId)
    const first = messages[0]
    const chat = first === undefined ? invalidImParam('invalid container_id') : chatFor(world, caller, first.chat_id)
    if (isFakeError(chat)) return chat
  }
  const start = Number(query.get('start_time') ?? '0') * 1000
  const end = query.get('end_time') === null ? Number.POSITIVE_INFINITY : Number(query.get('end_time')) * 1000
  const inRange = messages.filter((m) => m.create_time >= start && m.create_time <= end)
  const page = pageOf(sort === 'ByCreateTimeDesc' ? [...inRange].reverse() : inRange, window)
  return { ...page, items: page.items.map(messageView) }
}
