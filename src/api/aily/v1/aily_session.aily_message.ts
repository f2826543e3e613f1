// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { MentionSchema } from './models.ts'
import type { Mention, Message } from './types.ts'

/** Input of {@link createAilySessionAilyMessage}. */
export interface CreateAilySessionAilyMessageInput {
  path: { aily_session_id: string }
  body: {
    idempotent_id: string
    content_type: 'MDX' | 'TEXT' | 'CLIP' | 'SmartCard' | 'JSON'
    content: string
    file_ids?: string[]
    quote_message_id?: string
    mentions?: Mention[]
  }
}

/** `data` of a successful {@link createAilySessionAilyMessage} response. */
export interface CreateAilySessionAilyMessageOutput {
  message?: Message
}

/**
 * `aily.v1.aily_session.aily_message.create`: POST /open-apis/aily/v1/sessions/:aily_session_id/messages (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=aily_session.aily_message&version=v1
 */
export const createAilySessionAilyMessage = /*#__PURE__*/ endpoint<CreateAilySessionAilyMessageInput, CreateAilySessionAilyMessageOutput>({
  id: 'aily.v1.aily_session.aily_message.create',
  method: 'POST',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ aily_session_id: string() }),
      body: looseObject({
        idempotent_id: string(),
        content_type: picklist(['MDX', 'TEXT', 'CLIP', 'SmartCard', 'JSON']),
        content: string(),
        file_ids: optional(array(string())),
        quote_message_id: optional(string()),
        mentions: optional(array(MentionSchema())),
      }),
    }),
})

/** Input of {@link getAilySessionAilyMessage}. */
export interface GetAilySessionAilyMessageInput {
  path: { aily_session_id: string; aily_message_id: string }
}

/** `data` of a successful {@link getAilySessionAilyMessage} response. */
export interface GetAilySessionAilyMessageOutput {
  message?: Message
}

/**
 * `aily.v1.aily_session.aily_message.get`: GET /open-apis/aily/v1/sessions/:aily_session_id/messages/:aily_message_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=aily_session.aily_message&version=v1
 */
export const getAilySessionAilyMessage = /*#__PURE__*/ endpoint<GetAilySessionAilyMessageInput, GetAilySessionAilyMessageOutput>({
  id: 'aily.v1.aily_session.aily_message.get',
  method: 'GET',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/messages/:aily_message_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ aily_session_id: string(), aily_message_id: string() }) }),
})

/** Input of {@link listAilySessionAilyMessage}. */
export interface ListAilySessionAilyMessageInput {
  path: { aily_session_id: string }
  query?: { page_size?: number; page_token?: string; run_id?: string; with_partial_message?: boolean }
}

/** `data` of a successful {@link listAilySessionAilyMessage} response. */
export interface ListAilySessionAilyMessageOutput {
  messages?: Message[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.aily_session.aily_message.list`: GET /open-apis/aily/v1/sessions/:aily_session_id/messages (tenant or user token).
 *
 * Paginated over `messages`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=aily_session.aily_message&version=v1
 */
export const listAilySessionAilyMessage = /*#__PURE__*/ endpoint<ListAilySessionAilyMessageInput, ListAilySessionAilyMessageOutput, true>({
  id: 'aily.v1.aily_session.aily_message.list',
  method: 'GET',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/messages',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ aily_session_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        run_id: optional(string()),
        with_partial_message: optional(boolean()),
      })),
    }),
  page: { items: 'messages' },
})
