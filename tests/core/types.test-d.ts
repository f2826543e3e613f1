/**
 * Type tests of the public generics, checked by `tsc --noEmit -p .` (part of `npm test`).
 */
import { expectTypeOf } from 'vitest'
import { listAppTableRecord } from '../../src/api/bitable/v1/index.ts'
import { batchGetUserId, getUser, listUser, type BatchGetUserIdOutput } from '../../src/api/contact/v3/index.ts'
import { createMessage, getMessageResource, listChat } from '../../src/api/im/v1/index.ts'
import {
  createContext,
  isLarkApiError,
  isLarkValidationError,
  paginate,
  paginateItems,
  request,
  type Download,
  type LarkApiError,
  type LarkValidationError,
} from '../../src/index.ts'

const ctx = createContext({ appId: 'cli_x', appSecret: 's' })

// Endpoint input: required parts are required, and the output is the envelope's typed data.
expectTypeOf(batchGetUserId(ctx, { body: { emails: ['a@example.com'] } })).resolves.toEqualTypeOf<BatchGetUserIdOutput>()
// @ts-expect-error query.receive_id_type and the body are required to send a message
void createMessage(ctx, {})
// @ts-expect-error enum values are checked
void batchGetUserId(ctx, { query: { user_id_type: 'email' } })
// Nothing required: the input may be left out.
void listChat(ctx)

// Downloads resolve to the stream-first Download.
expectTypeOf(getMessageResource(ctx, { path: { message_id: 'om_1', file_key: 'f' }, query: { type: 'file' } })).resolves.toEqualTypeOf<Download>()

// paginateItems yields the page's item type; paginate yields whole pages.
async function pages() {
  for await (const user of paginateItems(listUser, ctx)) expectTypeOf(user.open_id).toEqualTypeOf<string | undefined>()
  for await (const chat of paginateItems(listChat, ctx)) expectTypeOf(chat.chat_id).toEqualTypeOf<string | undefined>()
  for await (const page of paginate(listUser, ctx, { query: { page_size: 10 } })) expectTypeOf(page.has_more).toEqualTypeOf<boolean | undefined>()
}
void pages

// paginate's input is required when the endpoint's is (listAppTableRecord needs `path`).
async function required() {
  // @ts-expect-error path.app_token and path.table_id are required
  for await (const record of paginateItems(listAppTableRecord, ctx)) void record
  // @ts-expect-error the same for whole pages
  for await (const page of paginate(listAppTableRecord, ctx, { query: { page_size: 10 } })) void page
  for await (const record of paginateItems(listAppTableRecord, ctx, { path: { app_token: 'bascn', table_id: 'tbl' } })) expectTypeOf(record.record_id).toEqualTypeOf<string | undefined>()
  // Options still come after the input.
  for await (const user of paginateItems(listUser, ctx, undefined, { maxPages: 2 })) void user
}
void required

// Endpoints that are not paginated are refused.
async function notPaginated() {
  // @ts-expect-error batchGetUserId has no pages
  for await (const page of paginate(batchGetUserId, ctx, { body: { emails: [] } })) void page
  // @ts-expect-error getUser has no pages
  for await (const item of paginateItems(getUser, ctx, { path: { user_id: 'ou_1' } })) void item
}
void notPaginated

// Error guards narrow.
function branch(error: unknown) {
  if (isLarkApiError(error)) expectTypeOf(error).toEqualTypeOf<LarkApiError>()
  if (isLarkValidationError(error)) expectTypeOf(error.issues[0]!.path).toEqualTypeOf<string>()
}
void branch

// The raw request resolves to the envelope.
expectTypeOf(request(ctx, { method: 'GET', path: '/open-apis/x' })).resolves.toHaveProperty('code').toEqualTypeOf<number>()
