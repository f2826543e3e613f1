// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { CreatePin } from './types.ts'

/** Input of {@link createPin}. */
export interface CreatePinInput {
  body: { message_id: string }
}

/** `data` of a successful {@link createPin} response. */
export interface CreatePinOutput {
  pin?: CreatePin
}

/**
 * `im.v1.pin.create`: POST /open-apis/im/v1/pins (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=pin&version=v1
 */
export const createPin = /*#__PURE__*/ endpoint<CreatePinInput, CreatePinOutput>({
  id: 'im.v1.pin.create',
  method: 'POST',
  path: '/open-apis/im/v1/pins',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ message_id: string() }) }),
})

/** Input of {@link deletePin}. */
export interface DeletePinInput {
  path: { message_id: string }
}

/** `data` of a successful {@link deletePin} response. */
export type DeletePinOutput = { [key: string]: unknown }

/**
 * `im.v1.pin.delete`: DELETE /open-apis/im/v1/pins/:message_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=im&resource=pin&version=v1
 */
export const deletePin = /*#__PURE__*/ endpoint<DeletePinInput, DeletePinOutput>({
  id: 'im.v1.pin.delete',
  method: 'DELETE',
  path: '/open-apis/im/v1/pins/:message_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ message_id: string() }) }),
})

/** Input of {@link listPin}. */
export interface ListPinInput {
  query: { chat_id: string; start_time?: string; end_time?: string; page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listPin} response. */
export interface ListPinOutput {
  items?: CreatePin[]
  has_more?: boolean
  page_token?: string
}

/**
 * `im.v1.pin.list`: GET /open-apis/im/v1/pins (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=im&resource=pin&version=v1
 */
export const listPin = /*#__PURE__*/ endpoint<ListPinInput, ListPinOutput, true>({
  id: 'im.v1.pin.list',
  method: 'GET',
  path: '/open-apis/im/v1/pins',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        chat_id: string(),
        start_time: optional(string()),
        end_time: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
