// Generated from catalog/okr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { ContentBlockSchema, ProgressRateSchema } from './models.ts'
import type { Block, ContentBlock, ProgressRate } from './types.ts'

/** Input of {@link createProgressRecord}. */
export interface CreateProgressRecordInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    source_title: string
    source_url: string
    target_id: string
    target_type: number
    content: { blocks?: ContentBlock[] }
    source_url_pc?: string
    source_url_mobile?: string
    progress_rate?: ProgressRate
  }
}

/** `data` of a successful {@link createProgressRecord} response. */
export interface CreateProgressRecordOutput {
  progress_id?: string
  modify_time?: string
  content?: { blocks?: Block[] }
  progress_rate?: ProgressRate
}

/**
 * `okr.v1.progress_record.create`: POST /open-apis/okr/v1/progress_records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=okr&resource=progress_record&version=v1
 */
export const createProgressRecord = /*#__PURE__*/ endpoint<CreateProgressRecordInput, CreateProgressRecordOutput>({
  id: 'okr.v1.progress_record.create',
  method: 'POST',
  path: '/open-apis/okr/v1/progress_records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        source_title: string(),
        source_url: string(),
        target_id: string(),
        target_type: number(),
        content: looseObject({ blocks: optional(array(ContentBlockSchema())) }),
        source_url_pc: optional(string()),
        source_url_mobile: optional(string()),
        progress_rate: optional(ProgressRateSchema()),
      }),
    }),
})

/** Input of {@link deleteProgressRecord}. */
export interface DeleteProgressRecordInput {
  path: { progress_id: string }
}

/** `data` of a successful {@link deleteProgressRecord} response. */
export type DeleteProgressRecordOutput = { [key: string]: unknown }

/**
 * `okr.v1.progress_record.delete`: DELETE /open-apis/okr/v1/progress_records/:progress_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=okr&resource=progress_record&version=v1
 */
export const deleteProgressRecord = /*#__PURE__*/ endpoint<DeleteProgressRecordInput, DeleteProgressRecordOutput>({
  id: 'okr.v1.progress_record.delete',
  method: 'DELETE',
  path: '/open-apis/okr/v1/progress_records/:progress_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ progress_id: string() }) }),
})

/** Input of {@link getProgressRecord}. */
export interface GetProgressRecordInput {
  path: { progress_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getProgressRecord} response. */
export interface GetProgressRecordOutput {
  progress_id?: string
  modify_time?: string
  content?: { blocks?: Block[] }
  progress_rate?: ProgressRate
}

/**
 * `okr.v1.progress_record.get`: GET /open-apis/okr/v1/progress_records/:progress_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=okr&resource=progress_record&version=v1
 */
export const getProgressRecord = /*#__PURE__*/ endpoint<GetProgressRecordInput, GetProgressRecordOutput>({
  id: 'okr.v1.progress_record.get',
  method: 'GET',
  path: '/open-apis/okr/v1/progress_records/:progress_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ progress_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link updateProgressRecord}. */
export interface UpdateProgressRecordInput {
  path: { progress_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { content: { blocks?: ContentBlock[] }; progress_rate?: ProgressRate }
}

/** `data` of a successful {@link updateProgressRecord} response. */
export interface UpdateProgressRecordOutput {
  progress_id?: string
  modify_time?: string
  content?: { blocks?: Block[] }
  progress_rate?: ProgressRate
}

/**
 * `okr.v1.progress_record.update`: PUT /open-apis/okr/v1/progress_records/:progress_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=okr&resource=progress_record&version=v1
 */
export const updateProgressRecord = /*#__PURE__*/ endpoint<UpdateProgressRecordInput, UpdateProgressRecordOutput>({
  id: 'okr.v1.progress_record.update',
  method: 'PUT',
  path: '/open-apis/okr/v1/progress_records/:progress_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ progress_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        content: looseObject({ blocks: optional(array(ContentBlockSchema())) }),
        progress_rate: optional(ProgressRateSchema()),
      }),
    }),
})
