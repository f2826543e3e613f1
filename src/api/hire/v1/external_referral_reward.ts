// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CashSchema } from './models.ts'
import type { Cash } from './types.ts'

/** Input of {@link createExternalReferralReward}. */
export interface CreateExternalReferralRewardInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    referral_user_id: string
    create_user_id?: string
    confirm_user_id?: string
    pay_user_id?: string
    external_id: string
    application_id?: string
    talent_id?: string
    job_id?: string
    reason?: string
    rule_type: number
    bonus: { bonus_type: number; point_bonus?: number; cash?: Cash; cash_bonus?: Cash[] }
    stage: number
    create_time?: string
    confirm_time?: string
    pay_time?: string
    onboard_time?: string
    conversion_time?: string
    comment?: string
  }
}

/** `data` of a successful {@link createExternalReferralReward} response. */
export interface CreateExternalReferralRewardOutput {
  id?: string
}

/**
 * `hire.v1.external_referral_reward.create`: POST /open-apis/hire/v1/external_referral_rewards (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=external_referral_reward&version=v1
 */
export const createExternalReferralReward = /*#__PURE__*/ endpoint<CreateExternalReferralRewardInput, CreateExternalReferralRewardOutput>({
  id: 'hire.v1.external_referral_reward.create',
  method: 'POST',
  path: '/open-apis/hire/v1/external_referral_rewards',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        referral_user_id: string(),
        create_user_id: optional(string()),
        confirm_user_id: optional(string()),
        pay_user_id: optional(string()),
        external_id: string(),
        application_id: optional(string()),
        talent_id: optional(string()),
        job_id: optional(string()),
        reason: optional(string()),
        rule_type: number(),
        bonus: looseObject({
          bonus_type: number(),
          point_bonus: optional(number()),
          cash: optional(CashSchema()),
          cash_bonus: optional(array(CashSchema())),
        }),
        stage: number(),
        create_time: optional(string()),
        confirm_time: optional(string()),
        pay_time: optional(string()),
        onboard_time: optional(string()),
        conversion_time: optional(string()),
        comment: optional(string()),
      }),
    }),
})

/** Input of {@link deleteExternalReferralReward}. */
export interface DeleteExternalReferralRewardInput {
  path: { external_referral_reward_id: string }
}

/** `data` of a successful {@link deleteExternalReferralReward} response. */
export type DeleteExternalReferralRewardOutput = { [key: string]: unknown }

/**
 * `hire.v1.external_referral_reward.delete`: DELETE /open-apis/hire/v1/external_referral_rewards/:external_referral_reward_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=external_referral_reward&version=v1
 */
export const deleteExternalReferralReward = /*#__PURE__*/ endpoint<DeleteExternalReferralRewardInput, DeleteExternalReferralRewardOutput>({
  id: 'hire.v1.external_referral_reward.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/external_referral_rewards/:external_referral_reward_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ external_referral_reward_id: string() }) }),
})
