// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Creator } from './types.ts'

/** Input of {@link getReferralByApplication}. */
export interface GetReferralByApplicationInput {
  query: { application_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getReferralByApplication} response. */
export interface GetReferralByApplicationOutput {
  referral?: {
    id: string
    application_id: string
    create_time: number
    referral_user_id: string
    referral_user?: Creator
  }
}

/**
 * `hire.v1.referral.get_by_application`: GET /open-apis/hire/v1/referrals/get_by_application (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_application&project=hire&resource=referral&version=v1
 */
export const getReferralByApplication = /*#__PURE__*/ endpoint<GetReferralByApplicationInput, GetReferralByApplicationOutput>({
  id: 'hire.v1.referral.get_by_application',
  method: 'GET',
  path: '/open-apis/hire/v1/referrals/get_by_application',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        application_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
    }),
})

/** Input of {@link searchReferral}. */
export interface SearchReferralInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { talent_id: string; start_time?: string; end_time?: string }
}

/** `data` of a successful {@link searchReferral} response. */
export interface SearchReferralOutput {
  items?: { id?: string; application_ids?: string[]; create_time?: string; referral_user?: Creator }[]
}

/**
 * `hire.v1.referral.search`: POST /open-apis/hire/v1/referrals/search (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=referral&version=v1
 */
export const searchReferral = /*#__PURE__*/ endpoint<SearchReferralInput, SearchReferralOutput>({
  id: 'hire.v1.referral.search',
  method: 'POST',
  path: '/open-apis/hire/v1/referrals/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ talent_id: string(), start_time: optional(string()), end_time: optional(string()) }),
    }),
})
