// Generated from catalog/directory.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ObjectsSchema } from './models.ts'
import type { Objects } from './types.ts'

/** Input of {@link createCollaborationRule}. */
export interface CreateCollaborationRuleInput {
  query: { target_tenant_key: string; tenant_id?: string }
  body: { subjects: Objects; objects: Objects }
}

/** `data` of a successful {@link createCollaborationRule} response. */
export interface CreateCollaborationRuleOutput {
  add_rule_id?: string
}

/**
 * `directory.v1.collaboration_rule.create`: POST /open-apis/directory/v1/collaboration_rules (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=directory&resource=collaboration_rule&version=v1
 */
export const createCollaborationRule = /*#__PURE__*/ endpoint<CreateCollaborationRuleInput, CreateCollaborationRuleOutput>({
  id: 'directory.v1.collaboration_rule.create',
  method: 'POST',
  path: '/open-apis/directory/v1/collaboration_rules',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({ target_tenant_key: string(), tenant_id: optional(string()) }),
      body: looseObject({ subjects: ObjectsSchema(), objects: ObjectsSchema() }),
    }),
})

/** Input of {@link deleteCollaborationRule}. */
export interface DeleteCollaborationRuleInput {
  path: { collaboration_rule_id: string }
  query: { target_tenant_key: string; tenant_id?: string }
}

/** `data` of a successful {@link deleteCollaborationRule} response. */
export type DeleteCollaborationRuleOutput = { [key: string]: unknown }

/**
 * `directory.v1.collaboration_rule.delete`: DELETE /open-apis/directory/v1/collaboration_rules/:collaboration_rule_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=directory&resource=collaboration_rule&version=v1
 */
export const deleteCollaborationRule = /*#__PURE__*/ endpoint<DeleteCollaborationRuleInput, DeleteCollaborationRuleOutput>({
  id: 'directory.v1.collaboration_rule.delete',
  method: 'DELETE',
  path: '/open-apis/directory/v1/collaboration_rules/:collaboration_rule_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ collaboration_rule_id: string() }),
      query: looseObject({ target_tenant_key: string(), tenant_id: optional(string()) }),
    }),
})

/** Input of {@link listCollaborationRule}. */
export interface ListCollaborationRuleInput {
  query: { page_size?: number; page_token?: string; target_tenant_key: string; tenant_id?: string }
}

/** `data` of a successful {@link listCollaborationRule} response. */
export interface ListCollaborationRuleOutput {
  items?: {
    rule_id?: string
    subjects?: Objects
    subject_is_valid?: boolean
    objects?: Objects
    object_is_valid?: boolean
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `directory.v1.collaboration_rule.list`: GET /open-apis/directory/v1/collaboration_rules (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=directory&resource=collaboration_rule&version=v1
 */
export const listCollaborationRule = /*#__PURE__*/ endpoint<ListCollaborationRuleInput, ListCollaborationRuleOutput, true>({
  id: 'directory.v1.collaboration_rule.list',
  method: 'GET',
  path: '/open-apis/directory/v1/collaboration_rules',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        target_tenant_key: string(),
        tenant_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateCollaborationRule}. */
export interface UpdateCollaborationRuleInput {
  path: { collaboration_rule_id: string }
  query: { target_tenant_key: string; tenant_id?: string }
  body: { subjects: Objects; objects: Objects }
}

/** `data` of a successful {@link updateCollaborationRule} response. */
export type UpdateCollaborationRuleOutput = { [key: string]: unknown }

/**
 * `directory.v1.collaboration_rule.update`: PUT /open-apis/directory/v1/collaboration_rules/:collaboration_rule_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=directory&resource=collaboration_rule&version=v1
 */
export const updateCollaborationRule = /*#__PURE__*/ endpoint<UpdateCollaborationRuleInput, UpdateCollaborationRuleOutput>({
  id: 'directory.v1.collaboration_rule.update',
  method: 'PUT',
  path: '/open-apis/directory/v1/collaboration_rules/:collaboration_rule_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ collaboration_rule_id: string() }),
      query: looseObject({ target_tenant_key: string(), tenant_id: optional(string()) }),
      body: looseObject({ subjects: ObjectsSchema(), objects: ObjectsSchema() }),
    }),
})
