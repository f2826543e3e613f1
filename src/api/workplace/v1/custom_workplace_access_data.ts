// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { AccessData } from './types.ts'

/** Input of {@link searchCustomWorkplaceAccessData}. */
export interface SearchCustomWorkplaceAccessDataInput {
  query: { from_date: string; to_date: string; page_size: number; page_token?: string; custom_workplace_id?: string }
}

/** `data` of a successful {@link searchCustomWorkplaceAccessData} response. */
export interface SearchCustomWorkplaceAccessDataOutput {
  items?: {
    custom_workplace_id?: string
    access_data?: AccessData
    date?: string
    custom_workplace_name?: { language?: string; name?: string }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `workplace.v1.custom_workplace_access_data.search`: POST /open-apis/workplace/v1/custom_workplace_access_data/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=workplace&resource=custom_workplace_access_data&version=v1
 */
export const searchCustomWorkplaceAccessData = /*#__PURE__*/ endpoint<SearchCustomWorkplaceAccessDataInput, SearchCustomWorkplaceAccessDataOutput, true>({
  id: 'workplace.v1.custom_workplace_access_data.search',
  method: 'POST',
  path: '/open-apis/workplace/v1/custom_workplace_access_data/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        from_date: string(),
        to_date: string(),
        page_size: number(),
        page_token: optional(string()),
        custom_workplace_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})
