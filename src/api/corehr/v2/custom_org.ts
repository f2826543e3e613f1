// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateCustomFieldSchema, MatchRuleSchema, NameSchema, OrgRoleSchema } from './models.ts'
import type { CreateCustomField, CustomField, MatchRule, Name, OrgRole } from './types.ts'

/** Input of {@link activeCustomOrg}. */
export interface ActiveCustomOrgInput {
  body: { org_id: string; object_api_name: string; active: boolean; effective_time: string }
}

/** `data` of a successful {@link activeCustomOrg} response. */
export type ActiveCustomOrgOutput = { [key: string]: unknown }

/**
 * `corehr.v2.custom_org.active`: POST /open-apis/corehr/v2/custom_orgs/active (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=active&project=corehr&resource=custom_org&version=v2
 */
export const activeCustomOrg = /*#__PURE__*/ endpoint<ActiveCustomOrgInput, ActiveCustomOrgOutput>({
  id: 'corehr.v2.custom_org.active',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_orgs/active',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({ org_id: string(), object_api_name: string(), active: boolean(), effective_time: string() }),
    }),
})

/** Input of {@link createCustomOrg}. */
export interface CreateCustomOrgInput {
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    object_api_name: string
    names: Name[]
    code?: string
    parent_id?: string
    manager_ids?: string[]
    description?: Name[]
    effective_time: string
    org_roles?: OrgRole[]
    match_rule_groups?: { match_rules?: MatchRule[] }[]
    custom_fields?: CreateCustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createCustomOrg} response. */
export interface CreateCustomOrgOutput {
  org_id?: string
}

/**
 * `corehr.v2.custom_org.create`: POST /open-apis/corehr/v2/custom_orgs (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=custom_org&version=v2
 */
export const createCustomOrg = /*#__PURE__*/ endpoint<CreateCustomOrgInput, CreateCustomOrgOutput>({
  id: 'corehr.v2.custom_org.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_orgs',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        object_api_name: string(),
        names: array(NameSchema()),
        code: optional(string()),
        parent_id: optional(string()),
        manager_ids: optional(array(string())),
        description: optional(array(NameSchema())),
        effective_time: string(),
        org_roles: optional(array(OrgRoleSchema())),
        match_rule_groups: optional(array(looseObject({ match_rules: optional(array(MatchRuleSchema())) }))),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteCustomOrgOrg}. */
export interface DeleteCustomOrgOrgInput {
  body: { org_id: string; object_api_name: string }
}

/** `data` of a successful {@link deleteCustomOrgOrg} response. */
export type DeleteCustomOrgOrgOutput = { [key: string]: unknown }

/**
 * `corehr.v2.custom_org.delete_org`: POST /open-apis/corehr/v2/custom_orgs/delete_org (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_org&project=corehr&resource=custom_org&version=v2
 */
export const deleteCustomOrgOrg = /*#__PURE__*/ endpoint<DeleteCustomOrgOrgInput, DeleteCustomOrgOrgOutput>({
  id: 'corehr.v2.custom_org.delete_org',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_orgs/delete_org',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ org_id: string(), object_api_name: string() }) }),
})

/** Input of {@link patchCustomOrg}. */
export interface PatchCustomOrgInput {
  path: { org_id: string }
  query?: { client_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
  body: {
    object_api_name: string
    names?: Name[]
    code?: string
    parent_id?: string
    manager_ids?: string[]
    description?: Name[]
    effective_time: string
    org_roles?: OrgRole[]
    custom_fields?: CreateCustomField[]
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link patchCustomOrg} response. */
export type PatchCustomOrgOutput = { [key: string]: unknown }

/**
 * `corehr.v2.custom_org.patch`: PATCH /open-apis/corehr/v2/custom_orgs/:org_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=custom_org&version=v2
 */
export const patchCustomOrg = /*#__PURE__*/ endpoint<PatchCustomOrgInput, PatchCustomOrgOutput>({
  id: 'corehr.v2.custom_org.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/custom_orgs/:org_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ org_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      })),
      body: looseObject({
        object_api_name: string(),
        names: optional(array(NameSchema())),
        code: optional(string()),
        parent_id: optional(string()),
        manager_ids: optional(array(string())),
        description: optional(array(NameSchema())),
        effective_time: string(),
        org_roles: optional(array(OrgRoleSchema())),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link queryCustomOrg}. */
export interface QueryCustomOrgInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
  }
  body: {
    object_api_name: string
    org_fields?: string[]
    org_role_fields?: string[]
    org_ids?: string[]
    code?: string
    parent_id?: string
    active?: boolean
    need_match_rule?: boolean
    manager_id?: string
  }
}

/** `data` of a successful {@link queryCustomOrg} response. */
export interface QueryCustomOrgOutput {
  items?: {
    object_api_name: string
    names?: Name[]
    code?: string
    parent_id?: string
    manager_ids?: string[]
    description?: Name[]
    effective_time?: string
    org_roles?: {
      api_name: string
      security_group_id?: string
      employment_ids?: string[]
      inherit_employment_ids?: string[]
    }[]
    match_rule_groups?: {
      match_rules?: {
        left_value: string
        operator: 'contains' | 'notContains'
        right_values?: string[]
        ref_key?: 'specified' | 'reference'
      }[]
    }[]
    active?: boolean
    org_id?: string
    custom_fields?: CustomField[]
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.custom_org.query`: POST /open-apis/corehr/v2/custom_orgs/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=custom_org&version=v2
 */
export const queryCustomOrg = /*#__PURE__*/ endpoint<QueryCustomOrgInput, QueryCustomOrgOutput, true>({
  id: 'corehr.v2.custom_org.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_orgs/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      }),
      body: looseObject({
        object_api_name: string(),
        org_fields: optional(array(string())),
        org_role_fields: optional(array(string())),
        org_ids: optional(array(string())),
        code: optional(string()),
        parent_id: optional(string()),
        active: optional(boolean()),
        need_match_rule: optional(boolean()),
        manager_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link queryCustomOrgRecentChange}. */
export interface QueryCustomOrgRecentChangeInput {
  query: { page_size: number; page_token?: string; object_api_name: string; start_date: string; end_date: string }
}

/** `data` of a successful {@link queryCustomOrgRecentChange} response. */
export interface QueryCustomOrgRecentChangeOutput {
  custom_org_ids?: string[]
  page_token?: string
  has_more?: boolean
  deleted_custom_org_ids?: string[]
}

/**
 * `corehr.v2.custom_org.query_recent_change`: GET /open-apis/corehr/v2/custom_orgs/query_recent_change (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query_recent_change&project=corehr&resource=custom_org&version=v2
 */
export const queryCustomOrgRecentChange = /*#__PURE__*/ endpoint<QueryCustomOrgRecentChangeInput, QueryCustomOrgRecentChangeOutput, true>({
  id: 'corehr.v2.custom_org.query_recent_change',
  method: 'GET',
  path: '/open-apis/corehr/v2/custom_orgs/query_recent_change',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        object_api_name: string(),
        start_date: string(),
        end_date: string(),
      }),
    }),
  page: { items: null },
})

/** Input of {@link updateCustomOrgRule}. */
export interface UpdateCustomOrgRuleInput {
  body: { object_api_name: string; org_id: string; match_rule_groups?: { match_rules?: MatchRule[] }[] }
}

/** `data` of a successful {@link updateCustomOrgRule} response. */
export type UpdateCustomOrgRuleOutput = { [key: string]: unknown }

/**
 * `corehr.v2.custom_org.update_rule`: POST /open-apis/corehr/v2/custom_orgs/update_rule (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_rule&project=corehr&resource=custom_org&version=v2
 */
export const updateCustomOrgRule = /*#__PURE__*/ endpoint<UpdateCustomOrgRuleInput, UpdateCustomOrgRuleOutput>({
  id: 'corehr.v2.custom_org.update_rule',
  method: 'POST',
  path: '/open-apis/corehr/v2/custom_orgs/update_rule',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        object_api_name: string(),
        org_id: string(),
        match_rule_groups: optional(array(looseObject({ match_rules: optional(array(MatchRuleSchema())) }))),
      }),
    }),
})
