// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Reason } from './types.ts'

/** Input of {@link getLeaveEmployExpireRecord}. */
export interface GetLeaveEmployExpireRecordInput {
  path: { leave_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    employment_id: string
    leave_type_id: string
    start_expiration_date: string
    end_expiration_date: string
    time_offset?: number
  }
}

/** `data` of a successful {@link getLeaveEmployExpireRecord} response. */
export interface GetLeaveEmployExpireRecordOutput {
  records: {
    id: string
    employment_id: string
    leave_type_id: string
    granting_quantity: string
    left_granting_quantity: string
    granting_unit: number
    effective_date: string
    expiration_date: string
    reason: Reason[]
    is_update_by_external: boolean
    accrual_source: number
    leave_sub_type_id: string
    section_type?: number
  }[]
}

/**
 * `attendance.v1.leave_employ_expire_record.get`: GET /open-apis/attendance/v1/leave_employ_expire_records/:leave_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=attendance&resource=leave_employ_expire_record&version=v1
 */
export const getLeaveEmployExpireRecord = /*#__PURE__*/ endpoint<GetLeaveEmployExpireRecordInput, GetLeaveEmployExpireRecordOutput>({
  id: 'attendance.v1.leave_employ_expire_record.get',
  method: 'GET',
  path: '/open-apis/attendance/v1/leave_employ_expire_records/:leave_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ leave_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        employment_id: string(),
        leave_type_id: string(),
        start_expiration_date: string(),
        end_expiration_date: string(),
        time_offset: optional(number()),
      }),
    }),
})
