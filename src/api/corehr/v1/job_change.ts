// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { TransferInfoSchema } from './models.ts'
import type { CreateTransferInfo, TransferInfo } from './types.ts'

/** Input of {@link createJobChange}. */
export interface CreateJobChangeInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    transfer_mode: number
    employment_id: string
    transfer_type_unique_identifier: string
    flow_id?: string
    effective_date: string
    transfer_info: TransferInfo
    transfer_key?: string
    initiator_id?: string
  }
}

/** `data` of a successful {@link createJobChange} response. */
export interface CreateJobChangeOutput {
  job_change_id?: string
  employment_id?: string
  status?: number
  transfer_type_unique_identifier?: string
  transfer_reason_unique_identifier?: string
  process_id?: string
  effective_date?: string
  created_time?: string
  transfer_info?: CreateTransferInfo
}

/**
 * `corehr.v1.job_change.create`: POST /open-apis/corehr/v1/job_changes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=job_change&version=v1
 */
export const createJobChange = /*#__PURE__*/ endpoint<CreateJobChangeInput, CreateJobChangeOutput>({
  id: 'corehr.v1.job_change.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/job_changes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        transfer_mode: number(),
        employment_id: string(),
        transfer_type_unique_identifier: string(),
        flow_id: optional(string()),
        effective_date: string(),
        transfer_info: TransferInfoSchema(),
        transfer_key: optional(string()),
        initiator_id: optional(string()),
      }),
    }),
})
