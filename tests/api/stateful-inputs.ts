/**
 * Inputs for the endpoints the fake answers with real state (token endpoints, contact, IM, CardKit): made-up
 * ids would only reach "unknown id" errors there, so these use ids the fake knows.
 */
import type { CallInput } from '../../src/core/types.ts'
import { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY, FAKE_USER, type FakeFeishu } from '../../src/testing/index.ts'

const MARKET_APP = { appId: 'cli_0123456789abcdef', appSecret: 'secret-market', appType: 'marketplace' as const }

type Send = (path: string, init: { query?: string; json?: unknown; form?: FormData }) => Promise<Record<string, unknown>>

/**
 * Seeds the fake and returns input overrides by endpoint id (merged over the sample input).
 *
 * @param fake The fake server.
 * @param send Sends a request with a tenant token and answers `data`.
 */
export async function statefulInputs(fake: FakeFeishu, send: Send): Promise<Record<string, Partial<CallInput>>> {
  fake.addApp(MARKET_APP)
  const [chat] = fake.seedChats([{ name: 'manifest', members: [FAKE_USER.open_id] }])
  const chatId = chat?.chat_id ?? ''
  const form = new FormData()
  form.append('image_type', 'message')
  form.append('image', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9])]), 'pic.png')
  const { image_key: imageKey } = await send('/open-apis/im/v1/images', { form })
  const fileForm = new FormData()
  fileForm.append('file_type', 'stream')
  fileForm.append('file_name', 'notes.txt')
  fileForm.append('file', new Blob(['notes']), 'notes.txt')
  const { file_key: fileKey } = await send('/open-apis/im/v1/files', { form: fileForm })
  const content = JSON.stringify({ image_key: imageKey })
  const { message_id: messageId } = await send('/open-apis/im/v1/messages', {
    query: 'receive_id_type=chat_id',
    json: { receive_id: chatId, msg_type: 'image', content },
  })
  const credentials = { app_id: FAKE_APP_ID, app_secret: FAKE_APP_SECRET }
  const text = { msg_type: 'text', content: JSON.stringify({ text: 'hi' }) }
  // Only text and post messages can be edited.
  const { message_id: textId } = await send('/open-apis/im/v1/messages', { query: 'receive_id_type=chat_id', json: { receive_id: chatId, ...text } })
  // A message of its own for the recall, and a reaction to remove.
  const { message_id: recallId } = await send('/open-apis/im/v1/messages', { query: 'receive_id_type=chat_id', json: { receive_id: chatId, ...text } })
  const reaction = { reaction_type: { emoji_type: 'OK' } }
  const { reaction_id: reactionId } = await send(`/open-apis/im/v1/messages/${String(textId)}/reactions`, { json: reaction })
  // One streaming card per CardKit update endpoint, so each starts at sequence 0 whatever the order.
  const cardData = JSON.stringify({ schema: '2.0', config: { streaming_mode: true }, body: { elements: [{ tag: 'markdown', element_id: 'answer', content: '' }] } })
  const card = { type: 'card_json', data: cardData }
  const newCard = async () => String((await send('/open-apis/cardkit/v1/cards', { json: card })).card_id)
  const [contentCard, settingsCard, updateCard] = [await newCard(), await newCard(), await newCard()]
  const { refreshToken } = fake.issueUserToken({ scope: 'offline_access' })
  return {
    'authen.v2.oauth.token.create': {
      body: { grant_type: 'refresh_token', client_id: FAKE_APP_ID, client_secret: FAKE_APP_SECRET, refresh_token: String(refreshToken) },
    },
    'auth.v3.app_access_token.internal': { body: credentials },
    'auth.v3.tenant_access_token.internal': { body: credentials },
    'auth.v3.app_ticket.resend': { body: credentials },
    'auth.v3.app_access_token.create': {
      body: { app_id: MARKET_APP.appId, app_secret: MARKET_APP.appSecret, app_ticket: fake.appTicket(MARKET_APP.appId) },
    },
    'auth.v3.tenant_access_token.create': {
      body: { app_access_token: fake.issueToken({ kind: 'app', appId: MARKET_APP.appId }), tenant_key: FAKE_TENANT_KEY },
    },
    'contact.v3.user.get': { path: { user_id: FAKE_USER.open_id } },
    'contact.v3.user.find_by_department': { query: { department_id: '0' } },
    'contact.v3.department.get': { path: { department_id: '0' } },
    'contact.v3.department.children': { path: { department_id: '0' } },
    'im.v1.chat.get': { path: { chat_id: chatId } },
    'im.v1.message.create': { query: { receive_id_type: 'chat_id' }, body: { receive_id: chatId, ...text } },
    'im.v1.message.list': { query: { container_id_type: 'chat', container_id: chatId } },
    'im.v1.message.get': { path: { message_id: String(messageId) } },
    'im.v1.message.reply': { path: { message_id: String(messageId) }, body: text },
    'im.v1.message.delete': { path: { message_id: String(recallId) } },
    'im.v1.message.reaction.create': { path: { message_id: String(messageId) }, body: reaction },
    'im.v1.message.reaction.list': { path: { message_id: String(textId) } },
    'im.v1.message.reaction.delete': { path: { message_id: String(textId), reaction_id: String(reactionId) } },
    'im.v1.message.update': { path: { message_id: String(textId) }, body: text },
    'im.v1.image.get': { path: { image_key: String(imageKey) } },
    'im.v1.file.get': { path: { file_key: String(fileKey) } },
    'cardkit.v1.card.create': { body: card },
    'cardkit.v1.card.element.content': { path: { card_id: contentCard, element_id: 'answer' }, body: { content: 'hi', sequence: 1 } },
    'cardkit.v1.card.settings': { path: { card_id: settingsCard }, body: { settings: JSON.stringify({ config: { streaming_mode: false } }), sequence: 1 } },
    'cardkit.v1.card.update': { path: { card_id: updateCard }, body: { card, sequence: 1 } },
    'im.v1.message.resource.get': {
      path: { message_id: String(messageId), file_key: String(imageKey) },
      query: { type: 'image' },
    },
  }
}
