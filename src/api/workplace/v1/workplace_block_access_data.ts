// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { AccessData } from './types.ts'

/** Input of {@link searchWorkplaceBlockAccessData}. */
export interface SearchWorkplaceBlockAccessDataInput {
  query: { from_date: string; to_date: string; page_size: number; page_token?: string; block_id?: string }
}

/** `data` of a successful {@link searchWorkplaceBlockAccessData} response. */
export interface SearchWorkplaceBlockAccessDataOutput {
  items?: { date?: string; block_id?: string; access_data?: AccessData }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `workplace.v1.workplace_block_access_data.search`: POST /open-apis/workplace/v1/workplace_block_access_data/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=workplace&resource=workplace_block_access_data&version=v1
 */
export const searchWorkplaceBlockAccessData = /*#__PURE__*/ endpoint<SearchWorkplaceBlockAccessDataInput, SearchWorkplaceBlockAccessDataOutput, true>({
  id: 'workplace.v1.workplace_block_access_data.search',
  method: 'POST',
  path: '/open-apis/workplace/v1/workplace_block_access_data/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        from_date: string(),
        to_date: string(),
        page_size: number(),
        page_token: optional(string()),
        block_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
