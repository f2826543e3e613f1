// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { FieldValueSchema } from './models.ts'
import type { FieldValue } from './types.ts'

/** Input of {@link updateProcessApprover}. */
export interface UpdateProcessApproverInput {
  path: { process_id: string; approver_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { status: number; user_id?: string; system_approval?: boolean; reason?: string; field_values_v2?: FieldValue[] }
}

/** `data` of a successful {@link updateProcessApprover} response. */
export interface UpdateProcessApproverOutput {
  code: number
  msg?: string
}

/**
 * `corehr.v2.process.approver.update`: PUT /open-apis/corehr/v2/processes/:process_id/approvers/:approver_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=corehr&resource=process.approver&version=v2
 */
export const updateProcessApprover = /*#__PURE__*/ endpoint<UpdateProcessApproverInput, UpdateProcessApproverOutput>({
  id: 'corehr.v2.process.approver.update',
  method: 'PUT',
  path: '/open-apis/corehr/v2/processes/:process_id/approvers/:approver_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string(), approver_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        status: number(),
        user_id: optional(string()),
        system_approval: optional(boolean()),
        reason: optional(string()),
        field_values_v2: optional(array(FieldValueSchema())),
      }),
    }),
})
