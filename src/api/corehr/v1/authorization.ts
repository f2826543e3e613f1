// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AssignedOrganizationItemSchema } from './models.ts'
import type {
  AssignedOrganization,
  AssignedOrganizationItem,
  EnumFieldOptionName,
  GrantorRule,
  ListItem,
  OrgTruncation,
} from './types.ts'

/** Input of {@link addAuthorizationRoleAssign}. */
export interface AddAuthorizationRoleAssignInput {
  query: {
    employment_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    role_id: string
  }
  body: { assigned_organization_items: AssignedOrganizationItem[][] }
}

/** `data` of a successful {@link addAuthorizationRoleAssign} response. */
export interface AddAuthorizationRoleAssignOutput {
  assign_id?: string
}

/**
 * `corehr.v1.authorization.add_role_assign`: POST /open-apis/corehr/v1/authorizations/add_role_assign (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_role_assign&project=corehr&resource=authorization&version=v1
 */
export const addAuthorizationRoleAssign = /*#__PURE__*/ endpoint<AddAuthorizationRoleAssignInput, AddAuthorizationRoleAssignOutput>({
  id: 'corehr.v1.authorization.add_role_assign',
  method: 'POST',
  path: '/open-apis/corehr/v1/authorizations/add_role_assign',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employment_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        role_id: string(),
      }),
      body: looseObject({ assigned_organization_items: array(array(AssignedOrganizationItemSchema())) }),
    }),
})

/** Input of {@link getAuthorizationByParam}. */
export interface GetAuthorizationByParamInput {
  query: { employment_id: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link getAuthorizationByParam} response. */
export interface GetAuthorizationByParamOutput {
  role_authorization?: {
    employment_id: string
    permission_detail_list: {
      role?: {
        id: string
        code: string
        name?: EnumFieldOptionName
        description?: EnumFieldOptionName
        org_truncation?: OrgTruncation[]
      }
      assigned_organization_list?: AssignedOrganization[][]
      grantor_rule_list?: GrantorRule[]
      update_time?: string
    }[]
  }
}

/**
 * `corehr.v1.authorization.get_by_param`: GET /open-apis/corehr/v1/authorizations/get_by_param (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_param&project=corehr&resource=authorization&version=v1
 */
export const getAuthorizationByParam = /*#__PURE__*/ endpoint<GetAuthorizationByParamInput, GetAuthorizationByParamOutput>({
  id: 'corehr.v1.authorization.get_by_param',
  method: 'GET',
  path: '/open-apis/corehr/v1/authorizations/get_by_param',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employment_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
      }),
    }),
})

/** Input of {@link queryAuthorization}. */
export interface QueryAuthorizationInput {
  query?: {
    employment_id_list?: string[]
    role_id_list?: string[]
    page_token?: string
    page_size?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    updated_at_gte?: string
    updated_at_lte?: string
  }
}

/** `data` of a successful {@link queryAuthorization} response. */
export interface QueryAuthorizationOutput {
  items?: {
    employment_id: string
    permission_detail_list: {
      role?: ListItem
      assigned_organization_list?: AssignedOrganization[][]
      grantor_rule_list?: GrantorRule[]
      update_time?: string
    }[]
  }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.authorization.query`: GET /open-apis/corehr/v1/authorizations/query (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=authorization&version=v1
 */
export const queryAuthorization = /*#__PURE__*/ endpoint<QueryAuthorizationInput, QueryAuthorizationOutput, true>({
  id: 'corehr.v1.authorization.query',
  method: 'GET',
  path: '/open-apis/corehr/v1/authorizations/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        employment_id_list: optional(array(string())),
        role_id_list: optional(array(string())),
        page_token: optional(string()),
        page_size: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        updated_at_gte: optional(string()),
        updated_at_lte: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link removeAuthorizationRoleAssign}. */
export interface RemoveAuthorizationRoleAssignInput {
  query: {
    employment_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    role_id: string
  }
}

/** `data` of a successful {@link removeAuthorizationRoleAssign} response. */
export interface RemoveAuthorizationRoleAssignOutput {
  assign_id?: string
}

/**
 * `corehr.v1.authorization.remove_role_assign`: POST /open-apis/corehr/v1/authorizations/remove_role_assign (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove_role_assign&project=corehr&resource=authorization&version=v1
 */
export const removeAuthorizationRoleAssign = /*#__PURE__*/ endpoint<RemoveAuthorizationRoleAssignInput, RemoveAuthorizationRoleAssignOutput>({
  id: 'corehr.v1.authorization.remove_role_assign',
  method: 'POST',
  path: '/open-apis/corehr/v1/authorizations/remove_role_assign',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employment_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        role_id: string(),
      }),
    }),
})

/** Input of {@link updateAuthorizationRoleAssign}. */
export interface UpdateAuthorizationRoleAssignInput {
  query: {
    employment_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    role_id: string
  }
  body: { assigned_organization_items: AssignedOrganizationItem[][] }
}

/** `data` of a successful {@link updateAuthorizationRoleAssign} response. */
export interface UpdateAuthorizationRoleAssignOutput {
  assign_id?: string
}

/**
 * `corehr.v1.authorization.update_role_assign`: POST /open-apis/corehr/v1/authorizations/update_role_assign (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_role_assign&project=corehr&resource=authorization&version=v1
 */
export const updateAuthorizationRoleAssign = /*#__PURE__*/ endpoint<UpdateAuthorizationRoleAssignInput, UpdateAuthorizationRoleAssignOutput>({
  id: 'corehr.v1.authorization.update_role_assign',
  method: 'POST',
  path: '/open-apis/corehr/v1/authorizations/update_role_assign',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        employment_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        role_id: string(),
      }),
      body: looseObject({ assigned_organization_items: array(array(AssignedOrganizationItemSchema())) }),
    }),
})
