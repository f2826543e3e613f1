// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldValue } from './types.ts'

/** Input of {@link createProcessQueryFlowDataTemplate}. */
export interface CreateProcessQueryFlowDataTemplateInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: { flow_definition_id: string; variable_api_names: string[] }
}

/** `data` of a successful {@link createProcessQueryFlowDataTemplate} response. */
export interface CreateProcessQueryFlowDataTemplateOutput {
  field_values: FieldValue[]
  error_info?: string
}

/**
 * `corehr.v2.process.query_flow_data_template.create`: POST /open-apis/corehr/v2/query_flow_data_template (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=process.query_flow_data_template&version=v2
 */
export const createProcessQueryFlowDataTemplate = /*#__PURE__*/ endpoint<CreateProcessQueryFlowDataTemplateInput, CreateProcessQueryFlowDataTemplateOutput>({
  id: 'corehr.v2.process.query_flow_data_template.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/query_flow_data_template',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: looseObject({ flow_definition_id: string(), variable_api_names: array(string()) }),
    }),
})
