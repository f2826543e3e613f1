// Generated from catalog/calendar.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createExchangeBinding}. */
export interface CreateExchangeBindingInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { admin_account?: string; exchange_account?: string; user_id?: string }
}

/** `data` of a successful {@link createExchangeBinding} response. */
export interface CreateExchangeBindingOutput {
  admin_account?: string
  exchange_account?: string
  user_id?: string
  status?: 'done' | 'doing' | 'cal_done' | 'timespan_done' | 'err'
  exchange_binding_id: string
}

/**
 * `calendar.v4.exchange_binding.create`: POST /open-apis/calendar/v4/exchange_bindings (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=calendar&resource=exchange_binding&version=v4
 */
export const createExchangeBinding = /*#__PURE__*/ endpoint<CreateExchangeBindingInput, CreateExchangeBindingOutput>({
  id: 'calendar.v4.exchange_binding.create',
  method: 'POST',
  path: '/open-apis/calendar/v4/exchange_bindings',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        admin_account: optional(string()),
        exchange_account: optional(string()),
        user_id: optional(string()),
      })),
    }),
})

/** Input of {@link deleteExchangeBinding}. */
export interface DeleteExchangeBindingInput {
  path: { exchange_binding_id: string }
}

/** `data` of a successful {@link deleteExchangeBinding} response. */
export type DeleteExchangeBindingOutput = { [key: string]: unknown }

/**
 * `calendar.v4.exchange_binding.delete`: DELETE /open-apis/calendar/v4/exchange_bindings/:exchange_binding_id (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=calendar&resource=exchange_binding&version=v4
 */
export const deleteExchangeBinding = /*#__PURE__*/ endpoint<DeleteExchangeBindingInput, DeleteExchangeBindingOutput>({
  id: 'calendar.v4.exchange_binding.delete',
  method: 'DELETE',
  path: '/open-apis/calendar/v4/exchange_bindings/:exchange_binding_id',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ exchange_binding_id: string() }) }),
})

/** Input of {@link getExchangeBinding}. */
export interface GetExchangeBindingInput {
  path: { exchange_binding_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getExchangeBinding} response. */
export interface GetExchangeBindingOutput {
  admin_account?: string
  exchange_account?: string
  user_id?: string
  status?: 'done' | 'doing' | 'cal_done' | 'timespan_done' | 'err'
  exchange_binding_id?: string
}

/**
 * `calendar.v4.exchange_binding.get`: GET /open-apis/calendar/v4/exchange_bindings/:exchange_binding_id (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=calendar&resource=exchange_binding&version=v4
 */
export const getExchangeBinding = /*#__PURE__*/ endpoint<GetExchangeBindingInput, GetExchangeBindingOutput>({
  id: 'calendar.v4.exchange_binding.get',
  method: 'GET',
  path: '/open-apis/calendar/v4/exchange_bindings/:exchange_binding_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ exchange_binding_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
