// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listFileLike}. */
export interface ListFileLikeInput {
  path: { file_token: string }
  query: {
    file_type: 'doc' | 'docx' | 'file'
    page_size?: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listFileLike} response. */
export interface ListFileLikeOutput {
  items?: {
    user_id?: string
    last_liked_time?: string
    user_name?: string
    user_en_name?: string
    user_avatar_url?: string
    user_is_desensitized?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `drive.v2.file.like.list`: GET /open-apis/drive/v2/files/:file_token/likes (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file.like&version=v2
 */
export const listFileLike = /*#__PURE__*/ endpoint<ListFileLikeInput, ListFileLikeOutput, true>({
  id: 'drive.v2.file.like.list',
  method: 'GET',
  path: '/open-apis/drive/v2/files/:file_token/likes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'file']),
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'items' },
})
