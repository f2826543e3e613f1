// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { FlowRecordSchema } from './models.ts'
import type { FlowRecord } from './types.ts'

/** Input of {@link batchCreateUserFlow}. */
export interface BatchCreateUserFlowInput {
  query: { employee_type: 'employee_id' | 'employee_no' }
  body: { flow_records: FlowRecord[] }
}

/** `data` of a successful {@link batchCreateUserFlow} response. */
export interface BatchCreateUserFlowOutput {
  flow_records?: FlowRecord[]
}

/**
 * `attendance.v1.user_flow.batch_create`: POST /open-apis/attendance/v1/user_flows/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=attendance&resource=user_flow&version=v1
 */
export const batchCreateUserFlow = /*#__PURE__*/ endpoint<BatchCreateUserFlowInput, BatchCreateUserFlowOutput>({
  id: 'attendance.v1.user_flow.batch_create',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_flows/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ employee_type: picklist(['employee_id', 'employee_no']) }),
      body: looseObject({ flow_records: array(FlowRecordSchema()) }),
    }),
})

/** Input of {@link batchDelUserFlow}. */
export interface BatchDelUserFlowInput {
  body: { record_ids: string[] }
}

/** `data` of a successful {@link batchDelUserFlow} response. */
export interface BatchDelUserFlowOutput {
  success_record_ids?: string[]
  fail_record_ids?: string[]
}

/**
 * `attendance.v1.user_flow.batch_del`: POST /open-apis/attendance/v1/user_flows/batch_del (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_del&project=attendance&resource=user_flow&version=v1
 */
export const batchDelUserFlow = /*#__PURE__*/ endpoint<BatchDelUserFlowInput, BatchDelUserFlowOutput>({
  id: 'attendance.v1.user_flow.batch_del',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_flows/batch_del',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ record_ids: array(string()) }) }),
})

/** Input of {@link getUserFlow}. */
export interface GetUserFlowInput {
  path: { user_flow_id: string }
  query: { employee_type: 'open_id' | 'employee_id' | 'employee_no' }
}

/** `data` of a successful {@link getUserFlow} response. */
export interface GetUserFlowOutput {
  user_id: string
  creator_id: string
  location_name: string
  check_time: string
  comment: string
  record_id?: string
  longitude?: number
  latitude?: number
  ssid?: string
  bssid?: string
  is_field?: boolean
  is_wifi?: boolean
  type?: number
  photo_urls?: string[]
  device_id?: string
  check_result?:
    | 'NoNeedCheck'
    | 'SystemCheck'
    | 'Normal'
    | 'Early'
    | 'Late'
    | 'SeriousLate'
    | 'Lack'
    | 'Invalid'
    | 'None'
    | 'Todo'
  external_id?: string
  idempotent_id?: string
  create_time?: string
}

/**
 * `attendance.v1.user_flow.get`: GET /open-apis/attendance/v1/user_flows/:user_flow_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=attendance&resource=user_flow&version=v1
 */
export const getUserFlow = /*#__PURE__*/ endpoint<GetUserFlowInput, GetUserFlowOutput>({
  id: 'attendance.v1.user_flow.get',
  method: 'GET',
  path: '/open-apis/attendance/v1/user_flows/:user_flow_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ user_flow_id: string() }),
      query: looseObject({ employee_type: picklist(['open_id', 'employee_id', 'employee_no']) }),
    }),
})

/** Input of {@link queryUserFlow}. */
export interface QueryUserFlowInput {
  query: { employee_type: 'employee_id' | 'employee_no'; include_terminated_user?: boolean }
  body: { user_ids: string[]; check_time_from: string; check_time_to: string }
}

/** `data` of a successful {@link queryUserFlow} response. */
export interface QueryUserFlowOutput {
  user_flow_results?: FlowRecord[]
}

/**
 * `attendance.v1.user_flow.query`: POST /open-apis/attendance/v1/user_flows/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=attendance&resource=user_flow&version=v1
 */
export const queryUserFlow = /*#__PURE__*/ endpoint<QueryUserFlowInput, QueryUserFlowOutput>({
  id: 'attendance.v1.user_flow.query',
  method: 'POST',
  path: '/open-apis/attendance/v1/user_flows/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employee_type: picklist(['employee_id', 'employee_no']),
        include_terminated_user: optional(boolean()),
      }),
      body: looseObject({ user_ids: array(string()), check_time_from: string(), check_time_to: string() }),
    }),
})
