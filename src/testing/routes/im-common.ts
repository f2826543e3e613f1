/**
 * What the IM routes share: their platform errors, chat lookup and membership, and the message
 * and chat objects as the API shows them.
 *
 * Codes: 230001 (invalid parameter, with the detail after `ext=`), 230002 (bot or user not in the
 * chat), 230013 (user outside the bot's availability), 230025 (message too large); uploads 234001
 * (invalid parameter), 234006 (too large), 234010 (empty file). Unknown ids answer the "invalid
 * parameter" code of their family, as the platform does not say "not found" for them.
 *
 * @module
 */
import type { FakeChat, FakeMessage, World } from '../api/world.ts'
import { fakeError, type FakeError } from '../reply.ts'
import type { Caller } from '../types.ts'

/** 230001, HTTP 400: `ext=` names what is wrong (e.g. `invalid message content`). */
export function invalidImParam(detail: string): FakeError {
  return fakeError(230001, `Your request contains an invalid request parameter, ext=${detail}`, 400)
}

/** 230002, HTTP 400: the bot (tenant token) or the user (user token) is not in the chat. */
export function notInChat(): FakeError {
  return fakeError(230002, 'Bot/User can NOT be out of the chat.', 400)
}

/** 234001, HTTP 400: an upload or download parameter is invalid (unknown key, bad field). */
export function invalidResourceParam(detail: string): FakeError {
  return fakeError(234001, `Invalid request param. ${detail}`.trim(), 400)
}

/**
 * Finds a chat of the caller's tenant and checks the caller is in it: its bot for tenant tokens,
 * the user for user tokens.
 *
 * @returns The chat, or the error to answer (230001 unknown chat, 230002 not a member).
 */
export function chatFor(world: World, caller: Caller | undefined, chatId: string): FakeChat | FakeError {
  const chat = world.chats.find((c) => c.chat_id === chatId && c.tenant_key === caller?.tenantKey)
  if (chat === undefined) return invalidImParam('invalid chat_id')
  return isMember(chat, caller) ? chat : notInChat()
}

/** Whether the caller (its bot, or the user of a user token) is in the chat. */
export function isMember(chat: FakeChat, caller: Caller | undefined): boolean {
  if (caller === undefined) return false
  if (caller.kind === 'user') return caller.openId !== undefined && chat.members.includes(caller.openId)
  return chat.bots.includes(caller.appId)
}

/** A stored message as `im.v1.message.*` answers it. */
export function messageView(message: FakeMessage): Record<string, unknown> {
  return {
    message_id: message.message_id,
    root_id: message.root_id,
    parent_id: message.parent_id,
    thread_id: message.thread_id,
    msg_type: message.msg_type,
    create_time: String(message.create_time),
    update_time: String(message.update_time ?? message.create_time),
    deleted: message.deleted === true,
    updated: (message.edits ?? 0) > 0,
    chat_id: message.chat_id,
    sender: message.sender,
    body: { content: message.content },
    ...(message.mentions?.length ? { mentions: message.mentions } : {}),
  }
}

/** A chat as `im.v1.chat.create` / `get` answer it (`get` leaves out `chat_id`, as the platform does). */
export function chatView(chat: FakeChat, withId: boolean): Record<string, unknown> {
  return {
    ...(withId ? { chat_id: chat.chat_id } : {}),
    avatar: '',
    name: chat.name,
    description: chat.description,
    owner_id: chat.owner_id,
    owner_id_type: chat.owner_id === undefined ? undefined : 'open_id',
    add_member_permission: 'all_members',
    share_card_permission: 'allowed',
    at_all_permission: 'all_members',
    edit_permission: 'all_members',
    chat_mode: chat.chat_mode,
    chat_type: chat.chat_type,
    chat_tag: 'inner',
    external: false,
    tenant_key: chat.tenant_key,
    join_message_visibility: 'all_members',
    leave_message_visibility: 'all_members',
    membership_approval: 'no_approval_required',
    moderation_permission: 'all_members',
    user_count: String(chat.members.length),
    bot_count: String(chat.bots.length),
    chat_status: 'normal',
  }
}
