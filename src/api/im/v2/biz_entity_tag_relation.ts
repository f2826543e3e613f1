// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { TagInfo } from './types.ts'

/** Input of {@link createBizEntityTagRelation}. */
export interface CreateBizEntityTagRelationInput {
  body: { tag_biz_type: 'chat'; biz_entity_id: string; tag_ids?: string[]; bot_id?: string }
}

/** `data` of a successful {@link createBizEntityTagRelation} response. */
export type CreateBizEntityTagRelationOutput = { [key: string]: unknown }

/**
 * `im.v2.biz_entity_tag_relation.create`: POST /open-apis/im/v2/biz_entity_tag_relation (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=biz_entity_tag_relation&version=v2
 */
export const createBizEntityTagRelation = /*#__PURE__*/ endpoint<CreateBizEntityTagRelationInput, CreateBizEntityTagRelationOutput>({
  id: 'im.v2.biz_entity_tag_relation.create',
  method: 'POST',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        tag_biz_type: picklist(['chat']),
        biz_entity_id: string(),
        tag_ids: optional(array(string())),
        bot_id: optional(string()),
      }),
    }),
})

/** Input of {@link getBizEntityTagRelation}. */
export interface GetBizEntityTagRelationInput {
  query: { tag_biz_type: 'chat'; biz_entity_id: string; bot_id?: string }
}

/** `data` of a successful {@link getBizEntityTagRelation} response. */
export interface GetBizEntityTagRelationOutput {
  tag_info_with_bind_versions?: { tag_info?: TagInfo; bind_version?: string }[]
}

/**
 * `im.v2.biz_entity_tag_relation.get`: GET /open-apis/im/v2/biz_entity_tag_relation (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=im&resource=biz_entity_tag_relation&version=v2
 */
export const getBizEntityTagRelation = /*#__PURE__*/ endpoint<GetBizEntityTagRelationInput, GetBizEntityTagRelationOutput>({
  id: 'im.v2.biz_entity_tag_relation.get',
  method: 'GET',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ tag_biz_type: picklist(['chat']), biz_entity_id: string(), bot_id: optional(string()) }),
    }),
})

/** Input of {@link updateBizEntityTagRelation}. */
export interface UpdateBizEntityTagRelationInput {
  body: { tag_biz_type: 'chat'; biz_entity_id: string; tag_ids?: string[]; bot_id?: string }
}

/** `data` of a successful {@link updateBizEntityTagRelation} response. */
export type UpdateBizEntityTagRelationOutput = { [key: string]: unknown }

/**
 * `im.v2.biz_entity_tag_relation.update`: PUT /open-apis/im/v2/biz_entity_tag_relation (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=im&resource=biz_entity_tag_relation&version=v2
 */
export const updateBizEntityTagRelation = /*#__PURE__*/ endpoint<UpdateBizEntityTagRelationInput, UpdateBizEntityTagRelationOutput>({
  id: 'im.v2.biz_entity_tag_relation.update',
  method: 'PUT',
  path: '/open-apis/im/v2/biz_entity_tag_relation',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        tag_biz_type: picklist(['chat']),
        biz_entity_id: string(),
        tag_ids: optional(array(string())),
        bot_id: optional(string()),
      }),
    }),
})
