/**
 * What a bot needs from the platform besides sending: its own identity, reactions with state, and
 * message recall; plus the fake-side knobs to play the users a bot talks to.
 *
 * - `GET /open-apis/bot/v3/info` answers flat `{ code, msg, bot: { activate_status, app_name,
 *   avatar_url, ip_white_list, open_id } }`. Each app's bot has a stable open id (derived from the
 *   app id) and the name "Fake Bot" unless `fake.setBotName` says otherwise.
 * - Reactions: `POST /open-apis/im/v1/messages/:message_id/reactions`, `DELETE …/:reaction_id`,
 *   `GET …/reactions` (paged, `reaction_type` filter). Codes from the reaction pages: 231001 bad
 *   reaction type, 231003 message not found or recalled, 231007 not the caller's reaction,
 *   231010 reaction of another message, 231011 unknown reaction id.
 * - Recall: `DELETE /open-apis/im/v1/messages/:message_id` by the app that sent it (else 230026, the
 *   recall page's "no permission to recall"). A recalled message reads `deleted: true`; a reply to
 *   it answers 230011 "The message was withdrawn." (see routes/im-messages.ts), a reaction 231003.
 *
 * @see https://open.feishu.cn/document/client-docs/bot-v3/obtain-bot-info
 * @see https://open.feishu.cn/document/server-docs/im-v1/message-reaction/create
 * @see https://open.feishu.cn/document/server-docs/im-v1/message/delete
 * @module
 */
import { asRecord } from '../body.ts'
import { pageOf, readPage } from '../api/pages.ts'
import { perWorld, type ApiEnv, type FakeMessage, type FakeSender, type StatefulRoute, type World } from '../api/world.ts'
import { randomHex } from '../ids.ts'
import { fakeError, fakeJson, isFakeError, type FakeError } from '../reply.ts'
import type { Caller, FakeUser, RouteContext } from '../types.ts'
import { storeMessage } from './im-send.ts'

const MESSAGES = '/open-apis/im/v1/messages'

/** One reaction on a message, as the reaction endpoints answer it. */
export interface FakeReaction {
  readonly reaction_id: string
  readonly operator: { readonly operator_id: string; readonly operator_type: 'app' | 'user' }
  /** Epoch milliseconds, as a string. */
  readonly action_time: string
  readonly reaction_type: { readonly emoji_type: string }
}

/** A reaction added or removed, in order, for tests that check an indicator came and went. */
export interface FakeReactionEvent {
  readonly action: 'added' | 'removed'
  readonly messageId: string
  readonly reactionId: string
  readonly emojiType: string
}

/** The bot of an app, as `fake.bot(appId)` gives it. */
export interface FakeBotIdentity {
  readonly openId: string
  readonly appName: string
}

/** What `fake.receiveMessage` takes: a message "from a user" stored in a chat. */
export interface FakeIncomingInput {
  readonly chatId: string
  readonly msgType?: string
  /** The content JSON text (default `{"text": text}`). */
  readonly content?: string
  readonly text?: string
  /** The sender's open id (default the fake's first user). */
  readonly from?: string
  /** `user` (default) or `app`, another bot. */
  readonly senderType?: 'user' | 'app'
  readonly tenantKey?: string
  readonly rootId?: string
  readonly parentId?: string
  readonly threadId?: string
}

/** The knobs of this file. */
export interface FakeBotKnobs {
  /** The bot of `appId` (default: the fake's first app): its open id and name. */
  bot(appId?: string): FakeBotIdentity
  /** Renames the bot of `appId` (default: the fake's first app). */
  setBotName(name: string, appId?: string): void
  /** The reactions on a message now, oldest first. */
  reactions(messageId: string): FakeReaction[]
  /** Every reaction added and removed, oldest first. */
  reactionLog(): FakeReactionEvent[]
  /** Recalls a message as its user would (no permission check); answers false for an unknown id. */
  recall(messageId: string): boolean
  /** Stores a message as sent by a user (or another bot) in a chat, without an HTTP call. */
  receiveMessage(input: FakeIncomingInput): FakeMessage
  /** A user of the fake by open id (default: the first user), or undefined. */
  findUser(openId?: string): FakeUser | undefined
}

interface BotState {
  readonly names: Map<string, string>
  readonly reactions: Map<string, FakeReaction[]>
  readonly log: FakeReactionEvent[]
}

/** Names, reactions and their log per world: a new world (`reset()`) has none. */
const stateOf = perWorld((): BotState => ({ names: new Map(), reactions: new Map(), log: [] }))

/** A stable open id for an app's bot: the same app id always gives the same id. */
export function botOpenIdOf(appId: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < appId.length; i++) {
    const c = appId.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return `ou_${hex(h1)}${hex(h2)}${hex((h1 ^ h2) >>> 0)}${hex(Math.imul(h1, 31) >>> 0)}`
}

function findMessage(world: World, messageId: string): { message: FakeMessage; index: number } | undefined {
  const index = world.messages.findIndex((m) => m.message_id === messageId)
  return index < 0 ? undefined : { message: world.messages[index]!, index }
}

const notFound = () => fakeError(231003, 'The message is not found, or it was recalled or deleted.', 400)

function operatorOf(caller: Caller | undefined): FakeReaction['operator'] {
  if (caller?.kind === 'user' && caller.openId !== undefined) return { operator_id: caller.openId, operator_type: 'user' }
  return { operator_id: caller?.appId ?? '', operator_type: 'app' }
}

function reactable(world: World, messageId: string): FakeMessage | FakeError {
  const found = findMessage(world, messageId)
  return found === undefined || found.message.deleted === true ? notFound() : found.message
}

function addReaction(env: ApiEnv, { params, body, caller }: RouteContext): unknown {
  const world = env.world()
  const message = reactable(world, params.message_id ?? '')
  if (isFakeError(message)) return message
  const type = asRecord(asRecord(body)?.reaction_type)?.emoji_type
  if (typeof type !== 'string' || type.trim() === '') return fakeError(231001, 'reaction type is invalid.', 400)
  const reaction: FakeReaction = Object.freeze({
    reaction_id: `rc_${randomHex(12)}`,
    operator: operatorOf(caller),
    action_time: String(env.state().now * 1000),
    reaction_type: { emoji_type: type },
  })
  const state = stateOf(world)
  state.reactions.set(message.message_id, [...(state.reactions.get(message.message_id) ?? []), reaction])
  state.log.push({ action: 'added', messageId: message.message_id, reactionId: reaction.reaction_id, emojiType: type })
  return reaction
}

function removeReaction(env: ApiEnv, { params, caller }: RouteContext): unknown {
  const world = env.world()
  const messageId = params.message_id ?? ''
  const reactionId = params.reaction_id ?? ''
  const message = reactable(world, messageId)
  if (isFakeError(message)) return message
  const state = stateOf(world)
  const owner = [...state.reactions.entries()].find(([, list]) => list.some((r) => r.reaction_id === reactionId))
  if (owner === undefined) return fakeError(231011, 'invalid reaction_id.', 400)
  if (owner[0] !== messageId) return fakeError(231010, 'The reaction does not belong to this message.', 400)
  const reaction = owner[1].find((r) => r.reaction_id === reactionId)!
  if (reaction.operator.operator_id !== operatorOf(caller).operator_id) return fakeError(231007, 'No permission to delete this reaction.', 400)
  state.reactions.set(messageId, owner[1].filter((r) => r !== reaction))
  state.log.push({ action: 'removed', messageId, reactionId, emojiType: reaction.reaction_type.emoji_type })
  return reaction
}

function listReactions(env: ApiEnv, { params, query }: RouteContext): unknown {
  const world = env.world()
  const message = reactable(world, params.message_id ?? '')
  if (isFakeError(message)) return message
  const window = readPage(query, { defaultSize: 20, maxSize: 50 })
  if (isFakeError(window)) return window
  const type = query.get('reaction_type')
  const all = (stateOf(world).reactions.get(message.message_id) ?? []).filter((r) => !type || r.reaction_type.emoji_type === type)
  // This endpoint's answer always carries page_token (empty on the last page).
  return { page_token: '', ...pageOf(all, window) }
}

/** Marks a message recalled, in place (messages are frozen: the entry is replaced). */
function markRecalled(world: World, index: number): void {
  world.messages[index] = Object.freeze({ ...world.messages[index]!, deleted: true })
}

function recall(env: ApiEnv, { params, caller }: RouteContext): unknown {
  const world = env.world()
  const found = findMessage(world, params.message_id ?? '')
  if (found === undefined || found.message.deleted === true) return fakeError(230001, 'Your request contains an invalid request parameter, ext=invalid message_id', 400)
  const sender: FakeSender = found.message.sender
  const own = sender.sender_type === 'app' && sender.id === caller?.appId
  if (!own) return fakeError(230026, 'No permission to recall this message.', 400)
  markRecalled(world, found.index)
  return {}
}

/**
 * The routes of this file.
 *
 * @param env The fake's state and world.
 */
export function imBotRoutes(env: ApiEnv): StatefulRoute[] {
  return [
    {
      method: 'GET',
      path: '/open-apis/bot/v3/info',
      tokens: ['tenant'],
      handler: ({ caller }) => {
        const appId = caller?.appId ?? ''
        const bot = { activate_status: 2, app_name: stateOf(env.world()).names.get(appId) ?? 'Fake Bot', avatar_url: '', ip_white_list: [], open_id: botOpenIdOf(appId) }
        return fakeJson({ code: 0, msg: 'ok', bot })
      },
    },
    { method: 'POST', path: `${MESSAGES}/:message_id/reactions`, tokens: ['tenant', 'user'], handler: (context) => addReaction(env, context) },
    { method: 'GET', path: `${MESSAGES}/:message_id/reactions`, tokens: ['tenant', 'user'], handler: (context) => listReactions(env, context) },
    { method: 'DELETE', path: `${MESSAGES}/:message_id/reactions/:reaction_id`, tokens: ['tenant', 'user'], handler: (context) => removeReaction(env, context) },
    { method: 'DELETE', path: `${MESSAGES}/:message_id`, tokens: ['tenant'], handler: (context) => recall(env, context) },
  ]
}

/**
 * The knobs of this file.
 *
 * @param env The fake's state and world.
 */
export function imBotKnobs(env: ApiEnv): FakeBotKnobs {
  const firstApp = () => env.state().apps.keys().next().value ?? ''
  const firstUser = () => env.state().users[0]
  return {
    bot: (appId = firstApp()) => ({ openId: botOpenIdOf(appId), appName: stateOf(env.world()).names.get(appId) ?? 'Fake Bot' }),
    setBotName: (name, appId = firstApp()) => void stateOf(env.world()).names.set(appId, name),
    reactions: (messageId) => [...(stateOf(env.world()).reactions.get(messageId) ?? [])],
    reactionLog: () => [...stateOf(env.world()).log],
    recall(messageId) {
      const world = env.world()
      const found = findMessage(world, messageId)
      if (found === undefined) return false
      markRecalled(world, found.index)
      return true
    },
    findUser: (openId) => (openId === undefined ? firstUser() : env.state().users.find((u) => u.open_id === openId)),
    receiveMessage(input) {
      const user = firstUser()
      const content = input.content ?? JSON.stringify({ text: input.text ?? '' })
      const id = input.from ?? user?.open_id ?? ''
      const sender: FakeSender = { id, id_type: 'open_id', sender_type: input.senderType ?? 'user', tenant_key: input.tenantKey ?? user?.tenant_key ?? '' }
      const parent = input.parentId ?? input.rootId
      return storeMessage(env.world(), env.state().now, {
        msg_type: input.msgType ?? 'text',
        content,
        chat_id: input.chatId,
        sender,
        ...(input.rootId ?? parent ? { root_id: input.rootId ?? parent } : {}),
        ...(parent ? { parent_id: parent } : {}),
        ...(input.threadId ? { thread_id: input.threadId } : {}),
      })
    },
  }
}
