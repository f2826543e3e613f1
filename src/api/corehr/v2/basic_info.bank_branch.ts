// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoBankBranch}. */
export interface SearchBasicInfoBankBranchInput {
  query: { page_size: number; page_token?: string }
  body?: {
    bank_id_list?: string[]
    bank_branch_id_list?: string[]
    bank_branch_name_list?: string[]
    code_list?: string[]
    status_list?: number[]
    update_start_time?: string
    update_end_time?: string
  }
}

/** `data` of a successful {@link searchBasicInfoBankBranch} response. */
export interface SearchBasicInfoBankBranchOutput {
  items?: {
    bank_branch_id?: string
    bank_branch_name?: Name[]
    bank_id?: string
    code?: string
    swift_code?: string
    status?: number
    bank_branch_code?: string
    register_place?: string
    bank_address?: string
    create_time?: string
    update_time?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.bank_branch.search`: POST /open-apis/corehr/v2/basic_info/bank_branchs/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.bank_branch&version=v2
 */
export const searchBasicInfoBankBranch = /*#__PURE__*/ endpoint<SearchBasicInfoBankBranchInput, SearchBasicInfoBankBranchOutput, true>({
  id: 'corehr.v2.basic_info.bank_branch.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/bank_branchs/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        bank_id_list: optional(array(string())),
        bank_branch_id_list: optional(array(string())),
        bank_branch_name_list: optional(array(string())),
        code_list: optional(array(string())),
        status_list: optional(array(number())),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})
