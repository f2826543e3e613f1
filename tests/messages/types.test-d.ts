/**
 * Type tests of the message builders and the typed msg_type, checked by `tsc --noEmit -p .`.
 */
import { expectTypeOf } from 'vitest'
import type { EventMap } from '../../src/api/events.ts'
import { createMessage, replyMessage, updateMessage, type CreateMessageInput, type UpdateMessageInput } from '../../src/api/im/v1/index.ts'
import { createContext } from '../../src/index.ts'
import {
  at,
  card,
  cardRef,
  image,
  markdown,
  media,
  post,
  template,
  text,
  type OutgoingMessage,
  type PostElement,
  type SendMsgType,
} from '../../src/messages/builders.ts'

const ctx = createContext({ appId: 'cli_x', appSecret: 's' })
const query = { receive_id_type: 'chat_id' } as const

// A typo in msg_type no longer compiles, on every sender.
// @ts-expect-error 'txet' is not a msg_type
void createMessage(ctx, { query, body: { receive_id: 'oc_1', msg_type: 'txet', content: '{}' } })
// @ts-expect-error 'txet' is not a msg_type
void replyMessage(ctx, { path: { message_id: 'om_1' }, body: { msg_type: 'txet', content: '{}' } })
// @ts-expect-error 'txet' is not a msg_type
void updateMessage(ctx, { path: { message_id: 'om_1' }, body: { msg_type: 'txet', content: '{}' } })
// A plain string is not enough either: it could hold anything.
declare const someString: string
// @ts-expect-error string is wider than the msg_type union
void createMessage(ctx, { query, body: { receive_id: 'oc_1', msg_type: someString, content: '{}' } })

// The builders' results spread into the bodies.
void createMessage(ctx, { query, body: { receive_id: 'oc_1', ...text(`hi ${at('ou_1', 'Ann')}`) } })
void createMessage(ctx, { query, body: { receive_id: 'oc_1', ...card({ schema: '2.0', body: { elements: [] } }), uuid: 'u1' } })
void replyMessage(ctx, { path: { message_id: 'om_1' }, body: { ...template('AAq1', { n: 1 }), reply_in_thread: true } })
void replyMessage(ctx, { path: { message_id: 'om_1' }, body: media('file_1', 'img_1') })
void updateMessage(ctx, { path: { message_id: 'om_1' }, body: markdown('**edited**') })
void updateMessage(ctx, { path: { message_id: 'om_1' }, body: text('edited') })
// @ts-expect-error the edit endpoint takes text and post only
void updateMessage(ctx, { path: { message_id: 'om_1' }, body: image('img_1') })
// @ts-expect-error a card is edited with patchMessage, not updateMessage
void updateMessage(ctx, { path: { message_id: 'om_1' }, body: cardRef('c1') })

// Each builder's msg_type is a literal.
expectTypeOf(text('x')).toEqualTypeOf<OutgoingMessage<'text'>>()
expectTypeOf(post({ zh_cn: { content: [] } }).msg_type).toEqualTypeOf<'post'>()
expectTypeOf(cardRef('c').msg_type).toEqualTypeOf<'interactive'>()
// The builders' union is the catalog's: the two cannot drift apart.
expectTypeOf<SendMsgType>().toEqualTypeOf<CreateMessageInput['body']['msg_type']>()
expectTypeOf<UpdateMessageInput['body']['msg_type']>().toEqualTypeOf<'text' | 'post'>()

// Post elements are checked by tag.
const fine: PostElement[] = [{ tag: 'text', text: 'a', style: ['bold'] }, { tag: 'hr' }, { tag: 'code_block', text: 'x', language: 'GO' }]
void fine
// @ts-expect-error a link needs href
const noHref: PostElement = { tag: 'a', text: 'x' }
void noHref
// @ts-expect-error unknown style
const badStyle: PostElement = { tag: 'text', text: 'x', style: ['blink'] }
void badStyle

// Event payloads: chat_type and message_type are unions.
type Received = EventMap['im.message.receive_v1']['message']
expectTypeOf<Received['chat_type']>().toEqualTypeOf<'p2p' | 'group' | 'topic_group'>()
expectTypeOf<'merge_forward'>().toExtend<Received['message_type']>()
// @ts-expect-error 'txet' is not a received message type
const typo: Received['message_type'] = 'txet'
void typo
