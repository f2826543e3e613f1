// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldVariableValue } from './types.ts'

/** Input of {@link getProcessFormVariableData}. */
export interface GetProcessFormVariableDataInput {
  path: { process_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link getProcessFormVariableData} response. */
export interface GetProcessFormVariableDataOutput {
  field_variable_values?: FieldVariableValue[]
  process_id?: string
}

/**
 * `corehr.v2.process.form_variable_data.get`: GET /open-apis/corehr/v2/processes/:process_id/form_variable_data (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=process.form_variable_data&version=v2
 */
export const getProcessFormVariableData = /*#__PURE__*/ endpoint<GetProcessFormVariableDataInput, GetProcessFormVariableDataOutput>({
  id: 'corehr.v2.process.form_variable_data.get',
  method: 'GET',
  path: '/open-apis/corehr/v2/processes/:process_id/form_variable_data',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
    }),
})
