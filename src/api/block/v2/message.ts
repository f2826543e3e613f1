// Generated from catalog/block.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createMessage}. */
export interface CreateMessageInput {
  body: { body: string; version: string; block_id: string; resource?: string; open_ids: string[] }
}

/** `data` of a successful {@link createMessage} response. */
export type CreateMessageOutput = { [key: string]: unknown }

/**
 * `block.v2.message.create`: POST /open-apis/block/v2/message (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=block&resource=message&version=v2
 */
export const createMessage = /*#__PURE__*/ endpoint<CreateMessageInput, CreateMessageOutput>({
  id: 'block.v2.message.create',
  method: 'POST',
  path: '/open-apis/block/v2/message',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        body: string(),
        version: string(),
        block_id: string(),
        resource: optional(string()),
        open_ids: array(string()),
      }),
    }),
})
