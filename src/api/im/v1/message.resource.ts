// Generated from catalog/im.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { fileEndpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getMessageResource}. */
export interface GetMessageResourceInput {
  path: { message_id: string; file_key: string }
  query: { type: string }
}

/** The file of a successful {@link getMessageResource} response. */
export type GetMessageResourceOutput = Download

/**
 * `im.v1.message.resource.get`: GET /open-apis/im/v1/messages/:message_id/resources/:file_key (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=message.resource&version=v1
 */
export const getMessageResource = /*#__PURE__*/ fileEndpoint<GetMessageResourceInput, GetMessageResourceOutput>({
  id: 'im.v1.message.resource.get',
  method: 'GET',
  path: '/open-apis/im/v1/messages/:message_id/resources/:file_key',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ message_id: string(), file_key: string() }),
      query: looseObject({ type: string() }),
    }),
  download: true,
})
