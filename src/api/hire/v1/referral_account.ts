// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { PaidBonusSchema } from './models.ts'
import type { Account, ConfirmedBonus, PaidBonus, Referrer } from './types.ts'

/** Input of {@link createReferralAccount}. */
export interface CreateReferralAccountInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { mobile?: { code?: string; number?: string }; email?: string }
}

/** `data` of a successful {@link createReferralAccount} response. */
export interface CreateReferralAccountOutput {
  account?: Account
}

/**
 * `hire.v1.referral_account.create`: POST /open-apis/hire/v1/referral_account (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=referral_account&version=v1
 */
export const createReferralAccount = /*#__PURE__*/ endpoint<CreateReferralAccountInput, CreateReferralAccountOutput>({
  id: 'hire.v1.referral_account.create',
  method: 'POST',
  path: '/open-apis/hire/v1/referral_account',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: optional(looseObject({
        mobile: optional(looseObject({ code: optional(string()), number: optional(string()) })),
        email: optional(string()),
      })),
    }),
})

/** Input of {@link deactivateReferralAccount}. */
export interface DeactivateReferralAccountInput {
  path: { referral_account_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link deactivateReferralAccount} response. */
export interface DeactivateReferralAccountOutput {
  account?: Account
}

/**
 * `hire.v1.referral_account.deactivate`: POST /open-apis/hire/v1/referral_account/:referral_account_id/deactivate (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=deactivate&project=hire&resource=referral_account&version=v1
 */
export const deactivateReferralAccount = /*#__PURE__*/ endpoint<DeactivateReferralAccountInput, DeactivateReferralAccountOutput>({
  id: 'hire.v1.referral_account.deactivate',
  method: 'POST',
  path: '/open-apis/hire/v1/referral_account/:referral_account_id/deactivate',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ referral_account_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

/** Input of {@link enableReferralAccount}. */
export interface EnableReferralAccountInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { referral_account_id?: string }
}

/** `data` of a successful {@link enableReferralAccount} response. */
export interface EnableReferralAccountOutput {
  account?: Account
}

/**
 * `hire.v1.referral_account.enable`: POST /open-apis/hire/v1/referral_account/enable (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=enable&project=hire&resource=referral_account&version=v1
 */
export const enableReferralAccount = /*#__PURE__*/ endpoint<EnableReferralAccountInput, EnableReferralAccountOutput>({
  id: 'hire.v1.referral_account.enable',
  method: 'POST',
  path: '/open-apis/hire/v1/referral_account/enable',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
      body: optional(looseObject({ referral_account_id: optional(string()) })),
    }),
})

/** Input of {@link getReferralAccountAccountAssets}. */
export interface GetReferralAccountAccountAssetsInput {
  query: { referral_account_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getReferralAccountAccountAssets} response. */
export interface GetReferralAccountAccountAssetsOutput {
  account?: {
    account_id: string
    assets?: { confirmed_bonus?: ConfirmedBonus; paid_bonus?: PaidBonus }
    status?: number
    referrer?: Referrer
  }
}

/**
 * `hire.v1.referral_account.get_account_assets`: GET /open-apis/hire/v1/referral_account/get_account_assets (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_account_assets&project=hire&resource=referral_account&version=v1
 */
export const getReferralAccountAccountAssets = /*#__PURE__*/ endpoint<GetReferralAccountAccountAssetsInput, GetReferralAccountAccountAssetsOutput>({
  id: 'hire.v1.referral_account.get_account_assets',
  method: 'GET',
  path: '/open-apis/hire/v1/referral_account/get_account_assets',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        referral_account_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link reconciliationReferralAccount}. */
export interface ReconciliationReferralAccountInput {
  body: {
    start_trans_time: string
    end_trans_time: string
    trade_details?: { account_id: string; total_recharge_reward_info?: PaidBonus }[]
  }
}

/** `data` of a successful {@link reconciliationReferralAccount} response. */
export interface ReconciliationReferralAccountOutput {
  check_failed_list?: {
    account_id?: string
    total_withdraw_reward_info?: ConfirmedBonus
    total_recharge_reward_info?: ConfirmedBonus
  }[]
}

/**
 * `hire.v1.referral_account.reconciliation`: POST /open-apis/hire/v1/referral_account/reconciliation (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=reconciliation&project=hire&resource=referral_account&version=v1
 */
export const reconciliationReferralAccount = /*#__PURE__*/ endpoint<ReconciliationReferralAccountInput, ReconciliationReferralAccountOutput>({
  id: 'hire.v1.referral_account.reconciliation',
  method: 'POST',
  path: '/open-apis/hire/v1/referral_account/reconciliation',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        start_trans_time: string(),
        end_trans_time: string(),
        trade_details: optional(array(looseObject({
          account_id: string(),
          total_recharge_reward_info: optional(PaidBonusSchema()),
        }))),
      }),
    }),
})

/** Input of {@link withdrawReferralAccount}. */
export interface WithdrawReferralAccountInput {
  path: { referral_account_id: string }
  body: { withdraw_bonus_type: number[]; external_order_id: string }
}

/** `data` of a successful {@link withdrawReferralAccount} response. */
export interface WithdrawReferralAccountOutput {
  external_order_id?: string
  trans_time?: string
  withdrawal_details?: PaidBonus
}

/**
 * `hire.v1.referral_account.withdraw`: POST /open-apis/hire/v1/referral_account/:referral_account_id/withdraw (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=withdraw&project=hire&resource=referral_account&version=v1
 */
export const withdrawReferralAccount = /*#__PURE__*/ endpoint<WithdrawReferralAccountInput, WithdrawReferralAccountOutput>({
  id: 'hire.v1.referral_account.withdraw',
  method: 'POST',
  path: '/open-apis/hire/v1/referral_account/:referral_account_id/withdraw',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ referral_account_id: string() }),
      body: looseObject({ withdraw_bonus_type: array(number()), external_order_id: string() }),
    }),
})
