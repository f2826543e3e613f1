// Generated from catalog/block.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createEntity}. */
export interface CreateEntityInput {
  body: {
    title: string
    block_type_id: string
    source_data: string
    source_meta: string
    version: string
    source_link?: string
    owner?: string
    extra?: string
    i18n_summary?: string
    i18n_preview?: string
    summary?: string
    preview?: string
  }
}

/** `data` of a successful {@link createEntity} response. */
export interface CreateEntityOutput {
  entity: {
    block_id: string
    title?: string
    block_type_id: string
    source_data: string
    source_meta: string
    version: string
    source_link?: string
    summary?: string
    preview?: string
    i18n_summay?: string
    i18n_preview?: string
    owner?: string
    extra?: string
  }
}

/**
 * `block.v2.entity.create`: POST /open-apis/block/v2/entities (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=block&resource=entity&version=v2
 */
export const createEntity = /*#__PURE__*/ endpoint<CreateEntityInput, CreateEntityOutput>({
  id: 'block.v2.entity.create',
  method: 'POST',
  path: '/open-apis/block/v2/entities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        title: string(),
        block_type_id: string(),
        source_data: string(),
        source_meta: string(),
        version: string(),
        source_link: optional(string()),
        owner: optional(string()),
        extra: optional(string()),
        i18n_summary: optional(string()),
        i18n_preview: optional(string()),
        summary: optional(string()),
        preview: optional(string()),
      }),
    }),
})

/** Input of {@link updateEntity}. */
export interface UpdateEntityInput {
  path: { block_id: string }
  body: {
    title?: string
    block_type_id: string
    source_data: string
    source_meta: string
    version: string
    source_link?: string
    summary?: string
    preview?: string
    i18n_summay?: string
    i18n_preview?: string
    owner?: string
    extra?: string
  }
}

/** `data` of a successful {@link updateEntity} response. */
export type UpdateEntityOutput = { [key: string]: unknown }

/**
 * `block.v2.entity.update`: PUT /open-apis/block/v2/entities/:block_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=block&resource=entity&version=v2
 */
export const updateEntity = /*#__PURE__*/ endpoint<UpdateEntityInput, UpdateEntityOutput>({
  id: 'block.v2.entity.update',
  method: 'PUT',
  path: '/open-apis/block/v2/entities/:block_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ block_id: string() }),
      body: looseObject({
        title: optional(string()),
        block_type_id: string(),
        source_data: string(),
        source_meta: string(),
        version: string(),
        source_link: optional(string()),
        summary: optional(string()),
        preview: optional(string()),
        i18n_summay: optional(string()),
        i18n_preview: optional(string()),
        owner: optional(string()),
        extra: optional(string()),
      }),
    }),
})
