// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listTalentFolder}. */
export interface ListTalentFolderInput {
  query?: {
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
  }
}

/** `data` of a successful {@link listTalentFolder} response. */
export interface ListTalentFolderOutput {
  has_more?: boolean
  page_token?: string
  items?: { folder_id?: string; folder_name: string; owner_id?: string }[]
}

/**
 * `hire.v1.talent_folder.list`: GET /open-apis/hire/v1/talent_folders (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=talent_folder&version=v1
 */
export const listTalentFolder = /*#__PURE__*/ endpoint<ListTalentFolderInput, ListTalentFolderOutput, true>({
  id: 'hire.v1.talent_folder.list',
  method: 'GET',
  path: '/open-apis/hire/v1/talent_folders',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
  page: { items: 'items' },
})
