// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link batchQueryMeta}. */
export interface BatchQueryMetaInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    request_docs: {
      doc_token: string
      doc_type: 'doc' | 'sheet' | 'bitable' | 'mindnote' | 'file' | 'wiki' | 'docx' | 'folder' | 'synced_block'
    }[]
    with_url?: boolean
  }
}

/** `data` of a successful {@link batchQueryMeta} response. */
export interface BatchQueryMetaOutput {
  metas: {
    doc_token: string
    doc_type: string
    title: string
    owner_id: string
    create_time: string
    latest_modify_user: string
    latest_modify_time: string
    url: string
    sec_label_name?: string
    request_doc_info?: {
      doc_token: string
      doc_type:
        | 'doc'
        | 'sheet'
        | 'bitable'
        | 'mindnote'
        | 'file'
        | 'wiki'
        | 'docx'
        | 'folder'
        | 'synced_block'
        | 'slides'
    }
  }[]
  failed_list?: { token: string; code: number }[]
}

/**
 * `drive.v1.meta.batch_query`: POST /open-apis/drive/v1/metas/batch_query (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_query&project=drive&resource=meta&version=v1
 */
export const batchQueryMeta = /*#__PURE__*/ endpoint<BatchQueryMetaInput, BatchQueryMetaOutput>({
  id: 'drive.v1.meta.batch_query',
  method: 'POST',
  path: '/open-apis/drive/v1/metas/batch_query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        request_docs: array(looseObject({
          doc_token: string(),
          doc_type: picklist(['doc', 'sheet', 'bitable', 'mindnote', 'file', 'wiki', 'docx', 'folder', 'synced_block']),
        })),
        with_url: optional(boolean()),
      }),
    }),
})
