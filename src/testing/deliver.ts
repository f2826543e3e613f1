/**
 * `deliverMessage`: a user writes to a running bot. The message is stored in the fake (so the bot's
 * reply to it, reactions on it and `getMessage` of it work), its `im.message.receive_v1` event is
 * built as the platform builds it, and delivered over a webhook (encrypted and signed, like
 * `pushEvent`) or the fake long connection. Web APIs only.
 *
 * @module
 */
import { buildV2Event, createEventDelivery, pushEvent, type PushResult } from './events.ts'
import type { FakeFeishu } from './fake-feishu.ts'
import type { FakeLongConnection, FakePushed } from './ws.ts'

/** Where the event goes: a bot's webhook URL (with its keys), or the fake long connection. */
export type DeliverTo =
  | { readonly url: string; readonly encryptKey?: string; readonly verificationToken?: string }
  | { readonly longConnection: FakeLongConnection }

/** Input of {@link buildMessageEvent}: the message, without where it goes. */
export interface MessageEventInput {
  /** A chat of the fake (`seedChats`); its mode gives `chat_type` (`p2p` or `group`). */
  readonly chatId: string
  /** A text message's text; `@bot` in it is where the bot's mention goes (else it leads the text). */
  readonly text?: string
  /** Another type: `msgType` and its content JSON text. */
  readonly msgType?: string
  readonly content?: string
  /** The sender's open id (default the fake's first user). */
  readonly from?: string
  /** `user` (default), or `app` for a message of another bot. */
  readonly senderType?: 'user' | 'app'
  /** Mentions the app's bot (`@_user_N` with its open id and name). */
  readonly mentionBot?: boolean
  /** Mentions everyone (`@_all`). */
  readonly mentionAll?: boolean
  /** In a thread: the thread's id (and the root message it hangs from). */
  readonly threadId?: string
  readonly rootId?: string
  /** Epoch ms (default now). */
  readonly createTime?: number
  /** The event id (default random): the same id again is a re-push. */
  readonly eventId?: string
  /** The app the event is for (default the fake's first app). */
  readonly appId?: string
  /** An earlier message of the fake to deliver again (under a new event id unless `eventId` is given): nothing is stored. */
  readonly messageId?: string
  /** Written into the envelope's `token` (the app's Verification Token). */
  readonly verificationToken?: string
}

/** Input of {@link deliverMessage}. */
export interface DeliverMessageInput extends MessageEventInput {
  readonly to: DeliverTo
}

/** What {@link buildMessageEvent} answers. */
export interface FakeMessageEvent {
  readonly messageId: string
  readonly eventId: string
  /** The v2 event (before encryption). */
  readonly event: Record<string, unknown>
}

/** What {@link deliverMessage} answers. */
export interface DeliveredMessage extends FakeMessageEvent {
  /** The webhook push (`PushResult`) or the long connection's push (`FakePushed`). */
  readonly pushed: PushResult | FakePushed
}

/**
 * Stores a message from a user in the fake (unless `messageId` names one) and builds its
 * `im.message.receive_v1` event as the platform does, ready to deliver (`deliverMessage` does both).
 *
 * @param fake The fake server.
 * @param input The message.
 * @returns The ids and the event.
 */
export function buildMessageEvent(fake: FakeFeishu, input: MessageEventInput): FakeMessageEvent {
  const chat = fake.chats.find((c) => c.chat_id === input.chatId)
  if (chat === undefined) throw new Error(`deliverMessage: no chat ${input.chatId} in the fake (seedChats first)`)
  const user = fake.findUser(input.from)
  const bot = fake.bot(input.appId)
  const mentions: Record<string, unknown>[] = []
  let content = input.content
  if (content === undefined) {
    let text = input.text ?? ''
    if (input.mentionBot) {
      const key = `@_user_${mentions.length + 1}`
      mentions.push({ key, id: { open_id: bot.openId }, name: bot.appName, tenant_key: chat.tenant_key })
      text = text.includes('@bot') ? text.replace('@bot', key) : `${key} ${text}`
    }
    if (input.mentionAll) {
      mentions.push({ key: '@_all', id: {}, name: 'all', tenant_key: chat.tenant_key })
      text = `@_all ${text}`
    }
    content = JSON.stringify({ text })
  }
  const earlier = input.messageId === undefined ? undefined : fake.messages.find((m) => m.message_id === input.messageId)
  if (input.messageId !== undefined && earlier === undefined) throw new Error(`deliverMessage: no message ${input.messageId} in the fake`)
  const stored =
    earlier ??
    fake.receiveMessage({
      chatId: chat.chat_id,
      msgType: input.msgType ?? 'text',
      content,
      from: user?.open_id ?? input.from,
      senderType: input.senderType,
      tenantKey: chat.tenant_key,
      rootId: input.rootId,
      threadId: input.threadId,
    })
  const event = buildV2Event(
    'im.message.receive_v1',
    {
      sender: {
        sender_id: { open_id: user?.open_id ?? input.from ?? '', user_id: user?.user_id, union_id: user?.union_id },
        sender_type: input.senderType ?? 'user',
        tenant_key: chat.tenant_key,
      },
      message: {
        message_id: stored.message_id,
        ...(stored.root_id ? { root_id: stored.root_id, parent_id: stored.parent_id } : {}),
        ...(stored.thread_id ? { thread_id: stored.thread_id } : {}),
        create_time: String(input.createTime ?? Date.now()),
        update_time: String(input.createTime ?? Date.now()),
        chat_id: chat.chat_id,
        chat_type: chat.chat_mode === 'p2p' ? 'p2p' : 'group',
        message_type: input.msgType ?? 'text',
        content,
        mentions,
      },
    },
    {
      tenantKey: chat.tenant_key,
      ...(input.appId ? { appId: input.appId } : {}),
      ...(input.eventId ? { eventId: input.eventId } : {}),
      ...(input.verificationToken ? { token: input.verificationToken } : {}),
    },
  )
  return { messageId: stored.message_id, eventId: (event['header'] as { event_id: string }).event_id, event }
}

/**
 * Stores a message from a user in the fake and delivers its receive event to a bot.
 *
 * @param fake The fake server.
 * @param input The message and where to deliver it.
 * @returns The ids, the event, and the push.
 * @example
 * const { messageId } = await deliverMessage(fake, { chatId, text: 'hi @bot', mentionBot: true, to: { url, ...keys } })
 */
export async function deliverMessage(fake: FakeFeishu, input: DeliverMessageInput): Promise<DeliveredMessage> {
  const { to } = input
  const token = 'url' in to ? to.verificationToken : undefined
  const built = buildMessageEvent(fake, { ...input, ...(token ? { verificationToken: token } : {}) })
  const pushed =
    'longConnection' in to
      ? to.longConnection.push(built.event)
      : await pushEvent(to.url, await createEventDelivery({ url: to.url, event: built.event, encryptKey: to.encryptKey, verificationToken: to.verificationToken }), { retries: 0, timeout: 10_000 })
  return { ...built, pushed }
}
