// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ReasonSchema } from './models.ts'
import type { Reason } from './types.ts'

/** Input of {@link patchLeaveAccrualRecord}. */
export interface PatchLeaveAccrualRecordInput {
  path: { leave_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    leave_granting_record_id: string
    employment_id: string
    leave_type_id: string
    reason: Reason[]
    time_offset?: number
    expiration_date?: string
    quantity?: string
    section_type?: number
  }
}

/** `data` of a successful {@link patchLeaveAccrualRecord} response. */
export interface PatchLeaveAccrualRecordOutput {
  record: {
    id: string
    employment_id: string
    leave_type_id: string
    granting_quantity: string
    granting_unit: number
    effective_date: string
    expiration_date: string
    granted_by: number
    reason: Reason[]
    created_at: string
    created_by: string
    updated_at: string
    updated_by: string
    section_type?: number
  }
}

/**
 * `attendance.v1.leave_accrual_record.patch`: PATCH /open-apis/attendance/v1/leave_accrual_record/:leave_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=attendance&resource=leave_accrual_record&version=v1
 */
export const patchLeaveAccrualRecord = /*#__PURE__*/ endpoint<PatchLeaveAccrualRecordInput, PatchLeaveAccrualRecordOutput>({
  id: 'attendance.v1.leave_accrual_record.patch',
  method: 'PATCH',
  path: '/open-apis/attendance/v1/leave_accrual_record/:leave_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ leave_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        leave_granting_record_id: string(),
        employment_id: string(),
        leave_type_id: string(),
        reason: array(ReasonSchema()),
        time_offset: optional(number()),
        expiration_date: optional(string()),
        quantity: optional(string()),
        section_type: optional(number()),
      }),
    }),
})
