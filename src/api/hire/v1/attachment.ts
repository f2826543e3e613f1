// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createAttachment}. */
export interface CreateAttachmentInput {
  body: { content: FileInput }
}

/** `data` of a successful {@link createAttachment} response. */
export interface CreateAttachmentOutput {
  id?: string
  name?: string
  url?: string
}

/**
 * `hire.v1.attachment.create`: POST /open-apis/hire/v1/attachments (tenant token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=attachment&version=v1
 */
export const createAttachment = /*#__PURE__*/ fileEndpoint<CreateAttachmentInput, CreateAttachmentOutput>({
  id: 'hire.v1.attachment.create',
  method: 'POST',
  path: '/open-apis/hire/v1/attachments',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ content: file() }) }),
  body: 'multipart',
})

/** Input of {@link getAttachment}. */
export interface GetAttachmentInput {
  path: { attachment_id: string }
  query?: { type?: number }
}

/** `data` of a successful {@link getAttachment} response. */
export interface GetAttachmentOutput {
  attachment?: { id?: string; url?: string; name?: string; mime?: string; create_time?: number }
}

/**
 * `hire.v1.attachment.get`: GET /open-apis/hire/v1/attachments/:attachment_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=attachment&version=v1
 */
export const getAttachment = /*#__PURE__*/ endpoint<GetAttachmentInput, GetAttachmentOutput>({
  id: 'hire.v1.attachment.get',
  method: 'GET',
  path: '/open-apis/hire/v1/attachments/:attachment_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ attachment_id: string() }),
      query: optional(looseObject({ type: optional(number()) })),
    }),
})

/** Input of {@link previewAttachment}. */
export interface PreviewAttachmentInput {
  path: { attachment_id: string }
}

/** `data` of a successful {@link previewAttachment} response. */
export interface PreviewAttachmentOutput {
  url: string
}

/**
 * `hire.v1.attachment.preview`: GET /open-apis/hire/v1/attachments/:attachment_id/preview (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=preview&project=hire&resource=attachment&version=v1
 */
export const previewAttachment = /*#__PURE__*/ endpoint<PreviewAttachmentInput, PreviewAttachmentOutput>({
  id: 'hire.v1.attachment.preview',
  method: 'GET',
  path: '/open-apis/hire/v1/attachments/:attachment_id/preview',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ attachment_id: string() }) }),
})
