// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { CompensationType } from './types.ts'

/** Input of {@link searchContract}. */
export interface SearchContractInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
  }
  body?: { employment_id_list?: string[]; contract_id_list?: string[] }
}

/** `data` of a successful {@link searchContract} response. */
export interface SearchContractOutput {
  items?: {
    id?: string
    effective_time?: string
    contract_end_date?: string
    expiration_time?: string
    employment_id?: string
    contract_type?: CompensationType
    first_party_company_id?: string
    person_id?: string
    duration_type?: CompensationType
    contract_number?: string
    signing_type?: CompensationType
    contract_status?: CompensationType
    renewal_status?: CompensationType
    signing_times?: number
    original_contract?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.contract.search`: POST /open-apis/corehr/v2/contracts/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=contract&version=v2
 */
export const searchContract = /*#__PURE__*/ endpoint<SearchContractInput, SearchContractOutput, true>({
  id: 'corehr.v2.contract.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/contracts/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      }),
      body: optional(looseObject({
        employment_id_list: optional(array(string())),
        contract_id_list: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})
