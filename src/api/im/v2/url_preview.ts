// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link batchUpdateUrlPreview}. */
export interface BatchUpdateUrlPreviewInput {
  body: { preview_tokens: string[]; open_ids?: string[] }
}

/** `data` of a successful {@link batchUpdateUrlPreview} response. */
export type BatchUpdateUrlPreviewOutput = { [key: string]: unknown }

/**
 * `im.v2.url_preview.batch_update`: POST /open-apis/im/v2/url_previews/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=im&resource=url_preview&version=v2
 */
export const batchUpdateUrlPreview = /*#__PURE__*/ endpoint<BatchUpdateUrlPreviewInput, BatchUpdateUrlPreviewOutput>({
  id: 'im.v2.url_preview.batch_update',
  method: 'POST',
  path: '/open-apis/im/v2/url_previews/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ preview_tokens: array(string()), open_ids: optional(array(string())) }) }),
})
