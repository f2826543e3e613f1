/**
 * The receive event of a group message from the fake's user that mentions a bot, as the platform
 * builds it: shared by the example tests that deliver through a runtime's own `fetch`.
 */
import { buildV2Event, FAKE_APP_ID, FAKE_USER } from '../../src/testing/index.ts'

/** A v2 `im.message.receive_v1` event for `messageId` in `chatId`, text `@_user_1 <text>`. */
export function mentionEvent(input: { messageId: string; chatId: string; text: string; botOpenId: string; token: string; eventId: string }) {
  return buildV2Event(
    'im.message.receive_v1',
    {
      sender: { sender_id: { open_id: FAKE_USER.open_id }, sender_type: 'user', tenant_key: FAKE_USER.tenant_key },
      message: {
        message_id: input.messageId,
        chat_id: input.chatId,
        chat_type: 'group',
        message_type: 'text',
        content: JSON.stringify({ text: `@_user_1 ${input.text}` }),
        mentions: [{ key: '@_user_1', id: { open_id: input.botOpenId }, name: 'Bot' }],
        create_time: String(Date.now()),
      },
    },
    { appId: FAKE_APP_ID, tenantKey: FAKE_USER.tenant_key, token: input.token, eventId: input.eventId },
  )
}
