// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateCustomFieldSchema, NameSchema } from './models.ts'
import type { CreateCustomField, CustomField, Name } from './types.ts'

/** Input of {@link activePosition}. */
export interface ActivePositionInput {
  body: { position_id: string; active: boolean; effective_time: string }
}

/** `data` of a successful {@link activePosition} response. */
export type ActivePositionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.position.active`: POST /open-apis/corehr/v2/positions/active (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=active&project=corehr&resource=position&version=v2
 */
export const activePosition = /*#__PURE__*/ endpoint<ActivePositionInput, ActivePositionOutput>({
  id: 'corehr.v2.position.active',
  method: 'POST',
  path: '/open-apis/corehr/v2/positions/active',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ position_id: string(), active: boolean(), effective_time: string() }) }),
})

/** Input of {@link createPosition}. */
export interface CreatePositionInput {
  query?: {
    client_token?: string
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    code?: string
    names: Name[]
    descriptions?: Name[]
    job_family_ids?: string[]
    cost_center_id?: string
    job_id?: string
    job_level_ids?: string[]
    employee_type_ids?: string[]
    job_grade_ids?: string[]
    work_location_ids?: string[]
    working_hours_type_id?: string
    department_id: string
    direct_leader_id?: string
    dotted_line_leader_id?: string
    is_key_position?: boolean
    effective_time: string
    custom_fields?: CreateCustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createPosition} response. */
export interface CreatePositionOutput {
  position_id?: string
}

/**
 * `corehr.v2.position.create`: POST /open-apis/corehr/v2/positions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=position&version=v2
 */
export const createPosition = /*#__PURE__*/ endpoint<CreatePositionInput, CreatePositionOutput>({
  id: 'corehr.v2.position.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/positions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        code: optional(string()),
        names: array(NameSchema()),
        descriptions: optional(array(NameSchema())),
        job_family_ids: optional(array(string())),
        cost_center_id: optional(string()),
        job_id: optional(string()),
        job_level_ids: optional(array(string())),
        employee_type_ids: optional(array(string())),
        job_grade_ids: optional(array(string())),
        work_location_ids: optional(array(string())),
        working_hours_type_id: optional(string()),
        department_id: string(),
        direct_leader_id: optional(string()),
        dotted_line_leader_id: optional(string()),
        is_key_position: optional(boolean()),
        effective_time: string(),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link delPositionPosition}. */
export interface DelPositionPositionInput {
  body: { position_id: string }
}

/** `data` of a successful {@link delPositionPosition} response. */
export type DelPositionPositionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.position.del_position`: POST /open-apis/corehr/v2/positions/del_position (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=del_position&project=corehr&resource=position&version=v2
 */
export const delPositionPosition = /*#__PURE__*/ endpoint<DelPositionPositionInput, DelPositionPositionOutput>({
  id: 'corehr.v2.position.del_position',
  method: 'POST',
  path: '/open-apis/corehr/v2/positions/del_position',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ position_id: string() }) }),
})

/** Input of {@link patchPosition}. */
export interface PatchPositionInput {
  path: { position_id: string }
  query?: {
    client_token?: string
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: {
    code?: string
    names?: Name[]
    descriptions?: Name[]
    job_family_ids?: string[]
    cost_center_id?: string
    job_id?: string
    job_level_ids?: string[]
    employee_type_ids?: string[]
    job_grade_ids?: string[]
    work_location_ids?: string[]
    working_hours_type_id?: string
    department_id?: string
    direct_leader_id?: string
    dotted_line_leader_id?: string
    is_key_position?: boolean
    effective_time: string
    custom_fields?: CreateCustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchPosition} response. */
export type PatchPositionOutput = { [key: string]: unknown }

/**
 * `corehr.v2.position.patch`: PATCH /open-apis/corehr/v2/positions/:position_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=position&version=v2
 */
export const patchPosition = /*#__PURE__*/ endpoint<PatchPositionInput, PatchPositionOutput>({
  id: 'corehr.v2.position.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/positions/:position_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ position_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({
        code: optional(string()),
        names: optional(array(NameSchema())),
        descriptions: optional(array(NameSchema())),
        job_family_ids: optional(array(string())),
        cost_center_id: optional(string()),
        job_id: optional(string()),
        job_level_ids: optional(array(string())),
        employee_type_ids: optional(array(string())),
        job_grade_ids: optional(array(string())),
        work_location_ids: optional(array(string())),
        working_hours_type_id: optional(string()),
        department_id: optional(string()),
        direct_leader_id: optional(string()),
        dotted_line_leader_id: optional(string()),
        is_key_position: optional(boolean()),
        effective_time: string(),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link queryPosition}. */
export interface QueryPositionInput {
  query: {
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
    page_size: number
    page_token?: string
  }
  body?: {
    department_ids?: string[]
    effective_time?: string
    active?: boolean
    fields?: string[]
    position_ids?: string[]
    position_codes?: string[]
  }
}

/** `data` of a successful {@link queryPosition} response. */
export interface QueryPositionOutput {
  items?: {
    position_id?: string
    code?: string
    names?: Name[]
    descriptions?: Name[]
    active: boolean
    job_family_id_list?: string[]
    cost_center_id?: string
    job_id?: string
    job_level_id_list?: string[]
    employee_type_id_list?: string[]
    job_grade_id_list?: string[]
    work_location_id_list?: string[]
    working_hours_type_id?: string
    department_id: string
    direct_leader_id?: string
    dotted_line_leader_id?: string
    is_key_position?: boolean
    effective_time: string
    expiration_time: string
    custom_fields?: CustomField[]
    created_by?: string
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.position.query`: POST /open-apis/corehr/v2/positions/query (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=position&version=v2
 */
export const queryPosition = /*#__PURE__*/ endpoint<QueryPositionInput, QueryPositionOutput, true>({
  id: 'corehr.v2.position.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/positions/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
        page_size: number(),
        page_token: optional(string()),
      }),
      body: optional(looseObject({
        department_ids: optional(array(string())),
        effective_time: optional(string()),
        active: optional(boolean()),
        fields: optional(array(string())),
        position_ids: optional(array(string())),
        position_codes: optional(array(string())),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryPositionRecentChange}. */
export interface QueryPositionRecentChangeInput {
  query: { page_size: number; page_token?: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryPositionRecentChange} response. */
export interface QueryPositionRecentChangeOutput {
  position_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_position_ids?: string[]
}

/**
 * `corehr.v2.position.query_recent_change`: GET /open-apis/corehr/v2/positions/query_recent_change (tenant or user token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=position&version=v2
 */
export const queryPositionRecentChange = /*#__PURE__*/ endpoint<QueryPositionRecentChangeInput, QueryPositionRecentChangeOutput, true>({
  id: 'corehr.v2.position.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/positions/query_recent_change',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})
