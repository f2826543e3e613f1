// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ItemCustomFieldSchema } from './models.ts'
import type { ItemCustomField } from './types.ts'

/** Input of {@link editOffboarding}. */
export interface EditOffboardingInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { offboarding_id: string; operator_id?: string; update_data: ItemCustomField[] }
}

/** `data` of a successful {@link editOffboarding} response. */
export interface EditOffboardingOutput {
  data: ItemCustomField[]
}

/**
 * `corehr.v2.offboarding.edit`: POST /open-apis/corehr/v2/offboardings/edit (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=edit&project=corehr&resource=offboarding&version=v2
 */
export const editOffboarding = /*#__PURE__*/ endpoint<EditOffboardingInput, EditOffboardingOutput>({
  id: 'corehr.v2.offboarding.edit',
  method: 'POST',
  path: '/open-apis/corehr/v2/offboardings/edit',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        offboarding_id: string(),
        operator_id: optional(string()),
        update_data: array(ItemCustomFieldSchema()),
      }),
    }),
})

/** Input of {@link revokeOffboarding}. */
export interface RevokeOffboardingInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { offboarding_id: string; operator_id?: string }
}

/** `data` of a successful {@link revokeOffboarding} response. */
export type RevokeOffboardingOutput = { [key: string]: unknown }

/**
 * `corehr.v2.offboarding.revoke`: POST /open-apis/corehr/v2/offboardings/revoke (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=revoke&project=corehr&resource=offboarding&version=v2
 */
export const revokeOffboarding = /*#__PURE__*/ endpoint<RevokeOffboardingInput, RevokeOffboardingOutput>({
  id: 'corehr.v2.offboarding.revoke',
  method: 'POST',
  path: '/open-apis/corehr/v2/offboardings/revoke',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ offboarding_id: string(), operator_id: optional(string()) }),
    }),
})

/** Input of {@link submitOffboardingV2}. */
export interface SubmitOffboardingV2Input {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    offboarding_mode: number
    employment_id: string
    offboarding_date: string
    offboarding_reason_unique_identifier: string
    offboarding_reason_explanation?: string
    initiator_id?: string
    add_block_list?: boolean
    block_reason?: string
    block_reason_explanation?: string
    custom_fields?: ItemCustomField[]
    retain_account?: boolean
    is_transfer_with_workforce?: boolean
  }
}

/** `data` of a successful {@link submitOffboardingV2} response. */
export interface SubmitOffboardingV2Output {
  offboarding_id?: string
  employment_id?: string
  offboarding_reason_unique_identifier?: string
  offboarding_date?: string
  offboarding_reason_explanation?: string
  add_block_list?: boolean
  block_reason?: string
  block_reason_explanation?: string
  created_time?: string
  retain_account?: boolean
  is_transfer_with_workforce?: boolean
}

/**
 * `corehr.v2.offboarding.submit_v2`: POST /open-apis/corehr/v2/offboardings/submit_v2 (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=submit_v2&project=corehr&resource=offboarding&version=v2
 */
export const submitOffboardingV2 = /*#__PURE__*/ endpoint<SubmitOffboardingV2Input, SubmitOffboardingV2Output>({
  id: 'corehr.v2.offboarding.submit_v2',
  method: 'POST',
  path: '/open-apis/corehr/v2/offboardings/submit_v2',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        offboarding_mode: number(),
        employment_id: string(),
        offboarding_date: string(),
        offboarding_reason_unique_identifier: string(),
        offboarding_reason_explanation: optional(string()),
        initiator_id: optional(string()),
        add_block_list: optional(boolean()),
        block_reason: optional(string()),
        block_reason_explanation: optional(string()),
        custom_fields: optional(array(ItemCustomFieldSchema())),
        retain_account: optional(boolean()),
        is_transfer_with_workforce: optional(boolean()),
      }),
    }),
})
