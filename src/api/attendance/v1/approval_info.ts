// Generated from catalog/attendance.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, string } from '../../../core/valibot.ts'

/** Input of {@link processApprovalInfo}. */
export interface ProcessApprovalInfoInput {
  body: { approval_id: string; approval_type: string; status: number }
}

/** `data` of a successful {@link processApprovalInfo} response. */
export interface ProcessApprovalInfoOutput {
  approval_info?: {
    approval_id: string
    approval_type: 'leave' | 'overtime' | 'trip' | 'out' | 'remedy'
    status: number
  }
}

/**
 * `attendance.v1.approval_info.process`: POST /open-apis/attendance/v1/approval_infos/process (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=process&project=attendance&resource=approval_info&version=v1
 */
export const processApprovalInfo = /*#__PURE__*/ endpoint<ProcessApprovalInfoInput, ProcessApprovalInfoOutput>({
  id: 'attendance.v1.approval_info.process',
  method: 'POST',
  path: '/open-apis/attendance/v1/approval_infos/process',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ approval_id: string(), approval_type: string(), status: number() }) }),
})
