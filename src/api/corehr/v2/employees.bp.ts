// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { EmploymentAllBp } from './types.ts'

/** Input of {@link batchGetEmployeesBp}. */
export interface BatchGetEmployeesBpInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: { employment_ids: string[]; get_all?: boolean }
}

/** `data` of a successful {@link batchGetEmployeesBp} response. */
export interface BatchGetEmployeesBpOutput {
  employment_direct_bps?: EmploymentAllBp[]
  employment_all_bps?: EmploymentAllBp[]
}

/**
 * `corehr.v2.employees.bp.batch_get`: POST /open-apis/corehr/v2/employees/bps/batch_get (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_get&project=corehr&resource=employees.bp&version=v2
 */
export const batchGetEmployeesBp = /*#__PURE__*/ endpoint<BatchGetEmployeesBpInput, BatchGetEmployeesBpOutput>({
  id: 'corehr.v2.employees.bp.batch_get',
  method: 'POST',
  path: '/open-apis/corehr/v2/employees/bps/batch_get',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({ employment_ids: array(string()), get_all: optional(boolean()) }),
    }),
})
