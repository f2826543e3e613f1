// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { Data } from './types.ts'

/** Input of {@link getBatchCountryRegion}. */
export interface GetBatchCountryRegionInput {
  query: { fields: string[]; ids: string[]; languages: string[] }
  body?: { common?: { tenant_id?: string } }
}

/** `data` of a successful {@link getBatchCountryRegion} response. */
export interface GetBatchCountryRegionOutput {
  data?: Data[]
}

/**
 * `mdm.v3.batch_country_region.get`: GET /open-apis/mdm/v3/batch_country_region (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=mdm&resource=batch_country_region&version=v3
 */
export const getBatchCountryRegion = /*#__PURE__*/ endpoint<GetBatchCountryRegionInput, GetBatchCountryRegionOutput>({
  id: 'mdm.v3.batch_country_region.get',
  method: 'GET',
  path: '/open-apis/mdm/v3/batch_country_region',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ fields: array(string()), ids: array(string()), languages: array(string()) }),
      body: optional(looseObject({ common: optional(looseObject({ tenant_id: optional(string()) })) })),
    }),
})
