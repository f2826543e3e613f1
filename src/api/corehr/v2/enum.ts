// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchEnum}. */
export interface SearchEnumInput {
  body?: { enum_apiname_lists?: string[] }
}

/** `data` of a successful {@link searchEnum} response. */
export interface SearchEnumOutput {
  enums?: {
    enum_apiname?: string
    enum_items?: {
      api_name?: string
      name?: Name[]
      description?: Name[]
      enum_api_name?: string
      order?: number
      status?: number
    }[]
  }[]
}

/**
 * `corehr.v2.enum.search`: POST /open-apis/corehr/v2/enums/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=enum&version=v2
 */
export const searchEnum = /*#__PURE__*/ endpoint<SearchEnumInput, SearchEnumOutput>({
  id: 'corehr.v2.enum.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/enums/search',
  tokens: ['tenant'],
  input: () => looseObject({ body: optional(looseObject({ enum_apiname_lists: optional(array(string())) })) }),
})
