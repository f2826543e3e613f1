// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { NameSchema } from './models.ts'
import type { Name } from './types.ts'

/** Input of {@link createLeaveGrantingRecord}. */
export interface CreateLeaveGrantingRecordInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    leave_type_id: string
    employment_id: string
    granting_quantity: string
    granting_unit: number
    effective_date: string
    expiration_date?: string
    section_type?: number
    reason: Name[]
    external_id?: string
  }
}

/** `data` of a successful {@link createLeaveGrantingRecord} response. */
export interface CreateLeaveGrantingRecordOutput {
  leave_granting_record?: {
    id: string
    employment_id: string
    leave_type_id: string
    granting_quantity: string
    granting_unit: number
    effective_date: string
    expiration_date: string
    granted_by: number
    reason: Name[]
    created_at: string
    created_by: string
    updated_at: string
    updated_by: string
    section_type?: number
  }
}

/**
 * `corehr.v1.leave_granting_record.create`: POST /open-apis/corehr/v1/leave_granting_records (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=leave_granting_record&version=v1
 */
export const createLeaveGrantingRecord = /*#__PURE__*/ endpoint<CreateLeaveGrantingRecordInput, CreateLeaveGrantingRecordOutput>({
  id: 'corehr.v1.leave_granting_record.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/leave_granting_records',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        leave_type_id: string(),
        employment_id: string(),
        granting_quantity: string(),
        granting_unit: number(),
        effective_date: string(),
        expiration_date: optional(string()),
        section_type: optional(number()),
        reason: array(NameSchema()),
        external_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteLeaveGrantingRecord}. */
export interface DeleteLeaveGrantingRecordInput {
  path: { leave_granting_record_id: string }
}

/** `data` of a successful {@link deleteLeaveGrantingRecord} response. */
export type DeleteLeaveGrantingRecordOutput = { [key: string]: unknown }

/**
 * `corehr.v1.leave_granting_record.delete`: DELETE /open-apis/corehr/v1/leave_granting_records/:leave_granting_record_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=leave_granting_record&version=v1
 */
export const deleteLeaveGrantingRecord = /*#__PURE__*/ endpoint<DeleteLeaveGrantingRecordInput, DeleteLeaveGrantingRecordOutput>({
  id: 'corehr.v1.leave_granting_record.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/leave_granting_records/:leave_granting_record_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ leave_granting_record_id: string() }) }),
})
