// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { FieldValueSchema } from './models.ts'
import type { FieldValue } from './types.ts'

/** Input of {@link createProcessStart}. */
export interface CreateProcessStartInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { flow_definition_id: string; initiator_id?: string; system_initiator?: boolean; flow_data?: FieldValue[] }
}

/** `data` of a successful {@link createProcessStart} response. */
export interface CreateProcessStartOutput {
  process_id?: string
}

/**
 * `corehr.v2.process_start.create`: POST /open-apis/corehr/v2/process_start (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=process_start&version=v2
 */
export const createProcessStart = /*#__PURE__*/ endpoint<CreateProcessStartInput, CreateProcessStartOutput>({
  id: 'corehr.v2.process_start.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/process_start',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        flow_definition_id: string(),
        initiator_id: optional(string()),
        system_initiator: optional(boolean()),
        flow_data: optional(array(FieldValueSchema())),
      }),
    }),
})
