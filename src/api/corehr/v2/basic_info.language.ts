// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link searchBasicInfoLanguage}. */
export interface SearchBasicInfoLanguageInput {
  query: { page_size: number; page_token?: string }
  body?: { language_id_list?: string[]; status_list?: number[] }
}

/** `data` of a successful {@link searchBasicInfoLanguage} response. */
export interface SearchBasicInfoLanguageOutput {
  items?: { language_id?: string; name?: Name[]; ietf_language_tag?: string; status?: number }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.basic_info.language.search`: POST /open-apis/corehr/v2/basic_info/languages/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=basic_info.language&version=v2
 */
export const searchBasicInfoLanguage = /*#__PURE__*/ endpoint<SearchBasicInfoLanguageInput, SearchBasicInfoLanguageOutput, true>({
  id: 'corehr.v2.basic_info.language.search',
  method: 'POST',
  path: '/open-apis/corehr/v2/basic_info/languages/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_size: number(), page_token: optional(string()) }),
      body: optional(looseObject({
        language_id_list: optional(array(string())),
        status_list: optional(array(number())),
      })),
    }),
  page: { items: 'items' },
})
