// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { FieldVariableValue, Links, NodeName } from './types.ts'

/** Input of {@link flowProcessVariableData}. */
export interface FlowProcessVariableDataInput {
  path: { process_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
    variable_keys?: string[]
  }
}

/** `data` of a successful {@link flowProcessVariableData} response. */
export interface FlowProcessVariableDataOutput {
  field_variable_values?: FieldVariableValue[]
  process_id?: string
}

/**
 * `corehr.v2.process.flow_variable_data`: GET /open-apis/corehr/v2/processes/:process_id/flow_variable_data (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=flow_variable_data&project=corehr&resource=process&version=v2
 */
export const flowProcessVariableData = /*#__PURE__*/ endpoint<FlowProcessVariableDataInput, FlowProcessVariableDataOutput>({
  id: 'corehr.v2.process.flow_variable_data',
  method: 'GET',
  path: '/open-apis/corehr/v2/processes/:process_id/flow_variable_data',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
        variable_keys: optional(array(string())),
      })),
    }),
})

/** Input of {@link getProcess}. */
export interface GetProcessInput {
  path: { process_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link getProcess} response. */
export interface GetProcessOutput {
  process_id?: string
  status?: number
  flow_template_id?: string
  flow_template_name?: NodeName
  flow_definition_id?: string
  flow_definition_name?: NodeName
  initiator_id?: string
  initiator_name?: NodeName
  create_time?: string
  complete_time?: string
  start_links?: Links
  abstracts?: { name?: NodeName; value?: NodeName }[]
  todos?: {
    approver_id?: string
    type?: number
    links?: Links
    operator_id?: string
    operator_name?: NodeName
    node_name?: NodeName
    create_time?: string
    node_definition_id?: string
  }[]
  cc_list?: {
    approver_id?: string
    links?: Links
    operator_id?: string
    operator_name?: NodeName
    node_name?: NodeName
    create_time?: string
    node_definition_id?: string
  }[]
  done_list?: {
    approver_id?: string
    type?: number
    status?: number
    links?: Links
    operator_id?: string
    operator_name?: NodeName
    node_name?: NodeName
    create_time?: string
    complete_time?: string
    node_definition_id?: string
    approval_opinion?: string
  }[]
  properties?: number
  system_todos?: {
    approver_id?: string
    type?: number
    links?: Links
    operator_name?: NodeName
    node_name?: NodeName
    create_time?: string
    node_definition_id?: string
  }[]
  system_done_list?: {
    approver_id?: string
    type?: number
    status?: number
    links?: Links
    operator_name?: NodeName
    node_name?: NodeName
    create_time?: string
    complete_time?: string
    node_definition_id?: string
    approval_opinion?: string
  }[]
  comment_infos?: {
    commentor_id?: string
    commentor_name?: NodeName
    comment_time?: string
    comment_msg?: string
    at_user_ids?: string[]
    file_count?: number
    image_count?: number
    comment_id?: string
  }[]
  original_process_id?: string
  is_last_completed_correct_process?: boolean
  process_name?: NodeName
}

/**
 * `corehr.v2.process.get`: GET /open-apis/corehr/v2/processes/:process_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=process&version=v2
 */
export const getProcess = /*#__PURE__*/ endpoint<GetProcessInput, GetProcessOutput>({
  id: 'corehr.v2.process.get',
  method: 'GET',
  path: '/open-apis/corehr/v2/processes/:process_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ process_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
    }),
})

/** Input of {@link listProcess}. */
export interface ListProcessInput {
  query: {
    statuses?: number[]
    page_token?: string
    page_size: number
    modify_time_from: string
    modify_time_to: string
    flow_definition_id?: string
  }
}

/** `data` of a successful {@link listProcess} response. */
export interface ListProcessOutput {
  process_ids?: string[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v2.process.list`: GET /open-apis/corehr/v2/processes (tenant token).
 *
 * Paginated over `process_ids`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=process&version=v2
 */
export const listProcess = /*#__PURE__*/ endpoint<ListProcessInput, ListProcessOutput, true>({
  id: 'corehr.v2.process.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/processes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        statuses: optional(array(number())),
        page_token: optional(string()),
        page_size: number(),
        modify_time_from: string(),
        modify_time_to: string(),
        flow_definition_id: optional(string()),
      }),
    }),
  page: { items: 'process_ids' },
})
