// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AdditionalInformationSchema } from './models.ts'
import type { AdditionalInformation } from './types.ts'

/** Input of {@link importAdditionalInformation}. */
export interface ImportAdditionalInformationInput {
  query: { client_token: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: { semester_id: string; additional_informations?: AdditionalInformation[]; import_record_name?: string }
}

/** `data` of a successful {@link importAdditionalInformation} response. */
export interface ImportAdditionalInformationOutput {
  import_record_id?: string
  additional_informations?: AdditionalInformation[]
}

/**
 * `performance.v2.additional_information.import`: POST /open-apis/performance/v2/additional_informations/import (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=import&project=performance&resource=additional_information&version=v2
 */
export const importAdditionalInformation = /*#__PURE__*/ endpoint<ImportAdditionalInformationInput, ImportAdditionalInformationOutput>({
  id: 'performance.v2.additional_information.import',
  method: 'POST',
  path: '/open-apis/performance/v2/additional_informations/import',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        client_token: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
      body: looseObject({
        semester_id: string(),
        additional_informations: optional(array(AdditionalInformationSchema())),
        import_record_name: optional(string()),
      }),
    }),
})

/** Input of {@link queryAdditionalInformation}. */
export interface QueryAdditionalInformationInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    page_token?: string
    page_size?: number
  }
  body: { semester_id: string; item_ids?: string[]; external_ids?: string[]; reviewee_user_ids?: string[] }
}

/** `data` of a successful {@link queryAdditionalInformation} response. */
export interface QueryAdditionalInformationOutput {
  additional_informations?: AdditionalInformation[]
  has_more?: boolean
  page_token?: string
}

/**
 * `performance.v2.additional_information.query`: POST /open-apis/performance/v2/additional_informations/query (tenant token).
 *
 * Paginated over `additional_informations`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=additional_information&version=v2
 */
export const queryAdditionalInformation = /*#__PURE__*/ endpoint<QueryAdditionalInformationInput, QueryAdditionalInformationOutput, true>({
  id: 'performance.v2.additional_information.query',
  method: 'POST',
  path: '/open-apis/performance/v2/additional_informations/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
      body: looseObject({
        semester_id: string(),
        item_ids: optional(array(string())),
        external_ids: optional(array(string())),
        reviewee_user_ids: optional(array(string())),
      }),
    }),
  page: { items: 'additional_informations' },
})
