// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Item } from './types.ts'

/** Input of {@link listAppDataAssetTag}. */
export interface ListAppDataAssetTagInput {
  path: { app_id: string }
  query?: { page_size?: number; page_token?: string; keyword?: string; data_asset_tag_ids?: string[] }
}

/** `data` of a successful {@link listAppDataAssetTag} response. */
export interface ListAppDataAssetTagOutput {
  items?: Item[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.app.data_asset_tag.list`: GET /open-apis/aily/v1/apps/:app_id/data_asset_tags (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=app.data_asset_tag&version=v1
 */
export const listAppDataAssetTag = /*#__PURE__*/ endpoint<ListAppDataAssetTagInput, ListAppDataAssetTagOutput, true>({
  id: 'aily.v1.app.data_asset_tag.list',
  method: 'GET',
  path: '/open-apis/aily/v1/apps/:app_id/data_asset_tags',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        keyword: optional(string()),
        data_asset_tag_ids: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})
