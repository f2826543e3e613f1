// Generated from catalog/compensation.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import type { Name } from './types.ts'

/** Input of {@link listSocialInsurance}. */
export type ListSocialInsuranceInput = { [key: string]: never }

/** `data` of a successful {@link listSocialInsurance} response. */
export interface ListSocialInsuranceOutput {
  items?: {
    id: string
    name: Name
    insurance_type: 'social_insurance' | 'provident_fund'
    active: boolean
    is_system: boolean
  }[]
}

/**
 * `compensation.v1.social_insurance.list`: GET /open-apis/compensation/v1/social_insurances (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=compensation&resource=social_insurance&version=v1
 */
export const listSocialInsurance = /*#__PURE__*/ endpoint<ListSocialInsuranceInput, ListSocialInsuranceOutput>({
  id: 'compensation.v1.social_insurance.list',
  method: 'GET',
  path: '/open-apis/compensation/v1/social_insurances',
  tokens: ['tenant', 'user'],
})
