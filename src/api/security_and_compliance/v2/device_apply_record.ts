// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link updateDeviceApplyRecord}. */
export interface UpdateDeviceApplyRecordInput {
  path: { device_apply_record_id: string }
  body: { is_approved: boolean }
}

/** `data` of a successful {@link updateDeviceApplyRecord} response. */
export type UpdateDeviceApplyRecordOutput = { [key: string]: unknown }

/**
 * `security_and_compliance.v2.device_apply_record.update`: PUT /open-apis/security_and_compliance/v2/device_apply_records/:device_apply_record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=security_and_compliance&resource=device_apply_record&version=v2
 */
export const updateDeviceApplyRecord = /*#__PURE__*/ endpoint<UpdateDeviceApplyRecordInput, UpdateDeviceApplyRecordOutput>({
  id: 'security_and_compliance.v2.device_apply_record.update',
  method: 'PUT',
  path: '/open-apis/security_and_compliance/v2/device_apply_records/:device_apply_record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ device_apply_record_id: string() }),
      body: looseObject({ is_approved: boolean() }),
    }),
})
