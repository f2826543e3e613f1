// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Data } from './types.ts'

/** Input of {@link listCountryRegion}. */
export interface ListCountryRegionInput {
  query: {
    languages: string[]
    fields: string[]
    limit?: number
    offset?: number
    return_count?: boolean
    page_token?: string
  }
  body?: {
    filter?: {
      logic: '0' | '1'
      expressions?: {
        field: string
        operator: '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12'
        value: {
          string_value?: string
          bool_value?: boolean
          int_value?: string
          string_list_value?: string[]
          int_list_value?: string[]
        }
      }[]
    }
    common?: { tenant_id?: string }
  }
}

/** `data` of a successful {@link listCountryRegion} response. */
export interface ListCountryRegionOutput {
  data?: Data[]
  total?: string
  next_page_token?: string
}

/**
 * `mdm.v3.country_region.list`: GET /open-apis/mdm/v3/country_regions (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mdm&resource=country_region&version=v3
 */
export const listCountryRegion = /*#__PURE__*/ endpoint<ListCountryRegionInput, ListCountryRegionOutput>({
  id: 'mdm.v3.country_region.list',
  method: 'GET',
  path: '/open-apis/mdm/v3/country_regions',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        languages: array(string()),
        fields: array(string()),
        limit: optional(number()),
        offset: optional(number()),
        return_count: optional(boolean()),
        page_token: optional(string()),
      }),
      body: optional(looseObject({
        filter: optional(looseObject({
          logic: picklist(['0', '1']),
          expressions: optional(array(looseObject({
            field: string(),
            operator: picklist(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
            value: looseObject({
              string_value: optional(string()),
              bool_value: optional(boolean()),
              int_value: optional(string()),
              string_list_value: optional(array(string())),
              int_list_value: optional(array(string())),
            }),
          }))),
        })),
        common: optional(looseObject({ tenant_id: optional(string()) })),
      })),
    }),
})
