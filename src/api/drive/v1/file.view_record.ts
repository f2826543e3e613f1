// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listFileViewRecord}. */
export interface ListFileViewRecordInput {
  path: { file_token: string }
  query: {
    page_size: number
    page_token?: string
    file_type: 'doc' | 'docx' | 'sheet' | 'bitable' | 'mindnote' | 'wiki' | 'file'
    viewer_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link listFileViewRecord} response. */
export interface ListFileViewRecordOutput {
  items?: { viewer_id?: string; name?: string; avatar_url?: string; last_view_time?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `drive.v1.file.view_record.list`: GET /open-apis/drive/v1/files/:file_token/view_records (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file.view_record&version=v1
 */
export const listFileViewRecord = /*#__PURE__*/ endpoint<ListFileViewRecordInput, ListFileViewRecordOutput, true>({
  id: 'drive.v1.file.view_record.list',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/view_records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        file_type: picklist(['doc', 'docx', 'sheet', 'bitable', 'mindnote', 'wiki', 'file']),
        viewer_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      }),
    }),
  page: { items: 'items' },
})
