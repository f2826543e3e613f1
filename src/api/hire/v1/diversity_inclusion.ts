// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchDiversityInclusion}. */
export interface SearchDiversityInclusionInput {
  body?: { talent_ids?: string[]; application_ids?: string[] }
}

/** `data` of a successful {@link searchDiversityInclusion} response. */
export interface SearchDiversityInclusionOutput {
  items?: {
    id?: string
    application_id?: string
    talent_id?: string
    source_type?: number
    create_time?: string
    update_time?: string
    di_data?: {
      value?: string
      object_attribute?: {
        title?: Name
        description?: Name
        data_type?: number
        tags?: number[]
        is_fcf_data?: boolean
        is_di_data?: boolean
      }
    }[]
  }[]
}

/**
 * `hire.v1.diversity_inclusion.search`: POST /open-apis/hire/v1/applications/diversity_inclusions/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=diversity_inclusion&version=v1
 */
export const searchDiversityInclusion = /*#__PURE__*/ endpoint<SearchDiversityInclusionInput, SearchDiversityInclusionOutput>({
  id: 'hire.v1.diversity_inclusion.search',
  method: 'POST',
  path: '/open-apis/hire/v1/applications/diversity_inclusions/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        talent_ids: optional(array(string())),
        application_ids: optional(array(string())),
      })),
    }),
})
