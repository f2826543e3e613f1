// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import type { FieldVariableValue } from './types.ts'

/** Input of {@link getProcessFormVariableData}. */
export interface GetProcessFormVariableDataInput {
  path: { process_id: string }
}

/** `data` of a successful {@link getProcessFormVariableData} response. */
export interface GetProcessFormVariableDataOutput {
  field_variable_values?: FieldVariableValue[]
}

/**
 * `corehr.v1.process.form_variable_data.get`: GET /open-apis/corehr/v1/processes/:process_id/form_variable_data (tenant token).
 *
 * @deprecated Use `getProcessFormVariableData` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=process.form_variable_data&version=v1
 */
export const getProcessFormVariableData = /*#__PURE__*/ endpoint<GetProcessFormVariableDataInput, GetProcessFormVariableDataOutput>({
  id: 'corehr.v1.process.form_variable_data.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/processes/:process_id/form_variable_data',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ process_id: string() }) }),
})
