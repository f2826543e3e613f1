// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Attachment, TaskAttachment } from './types.ts'

/** Input of {@link deleteAttachment}. */
export interface DeleteAttachmentInput {
  path: { attachment_guid: string }
}

/** `data` of a successful {@link deleteAttachment} response. */
export type DeleteAttachmentOutput = { [key: string]: unknown }

/**
 * `task.v2.attachment.delete`: DELETE /open-apis/task/v2/attachments/:attachment_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=attachment&version=v2
 */
export const deleteAttachment = /*#__PURE__*/ endpoint<DeleteAttachmentInput, DeleteAttachmentOutput>({
  id: 'task.v2.attachment.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/attachments/:attachment_guid',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ attachment_guid: string() }) }),
})

/** Input of {@link getAttachment}. */
export interface GetAttachmentInput {
  path: { attachment_guid: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getAttachment} response. */
export interface GetAttachmentOutput {
  attachment?: Attachment
}

/**
 * `task.v2.attachment.get`: GET /open-apis/task/v2/attachments/:attachment_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=attachment&version=v2
 */
export const getAttachment = /*#__PURE__*/ endpoint<GetAttachmentInput, GetAttachmentOutput>({
  id: 'task.v2.attachment.get',
  method: 'GET',
  path: '/open-apis/task/v2/attachments/:attachment_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ attachment_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listAttachment}. */
export interface ListAttachmentInput {
  query: {
    page_size?: number
    page_token?: string
    resource_type?: string
    resource_id: string
    user_id_type?: string
    updated_mesc?: string
  }
}

/** `data` of a successful {@link listAttachment} response. */
export interface ListAttachmentOutput {
  items?: Attachment[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.attachment.list`: GET /open-apis/task/v2/attachments (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=attachment&version=v2
 */
export const listAttachment = /*#__PURE__*/ endpoint<ListAttachmentInput, ListAttachmentOutput, true>({
  id: 'task.v2.attachment.list',
  method: 'GET',
  path: '/open-apis/task/v2/attachments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        resource_type: optional(string()),
        resource_id: string(),
        user_id_type: optional(string()),
        updated_mesc: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link uploadAttachment}. */
export interface UploadAttachmentInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { resource_type?: string; resource_id: string; file: FileInput }
}

/** `data` of a successful {@link uploadAttachment} response. */
export interface UploadAttachmentOutput {
  items?: TaskAttachment[]
}

/**
 * `task.v2.attachment.upload`: POST /open-apis/task/v2/attachments/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=task&resource=attachment&version=v2
 */
export const uploadAttachment = /*#__PURE__*/ fileEndpoint<UploadAttachmentInput, UploadAttachmentOutput>({
  id: 'task.v2.attachment.upload',
  method: 'POST',
  path: '/open-apis/task/v2/attachments/upload',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ resource_type: optional(string()), resource_id: string(), file: file() }),
    }),
  body: 'multipart',
})
