// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AliaseSchema, OuterInfoSchema, RelatedMetaSchema } from './models.ts'
import type { Aliase, Draft, OuterInfo, RelatedMeta } from './types.ts'

/** Input of {@link createDraft}. */
export interface CreateDraftInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    id?: string
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    outer_info?: OuterInfo
    rich_text?: string
  }
}

/** `data` of a successful {@link createDraft} response. */
export interface CreateDraftOutput {
  draft?: Draft
}

/**
 * `baike.v1.draft.create`: POST /open-apis/baike/v1/drafts (tenant or user token).
 *
 * @deprecated Use `createDraft` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=baike&resource=draft&version=v1
 */
export const createDraft = /*#__PURE__*/ endpoint<CreateDraftInput, CreateDraftOutput>({
  id: 'baike.v1.draft.create',
  method: 'POST',
  path: '/open-apis/baike/v1/drafts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        id: optional(string()),
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        outer_info: optional(OuterInfoSchema()),
        rich_text: optional(string()),
      }),
    }),
})

/** Input of {@link updateDraft}. */
export interface UpdateDraftInput {
  path: { draft_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    id?: string
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    rich_text?: string
  }
}

/** `data` of a successful {@link updateDraft} response. */
export interface UpdateDraftOutput {
  draft?: Draft
}

/**
 * `baike.v1.draft.update`: PUT /open-apis/baike/v1/drafts/:draft_id (tenant or user token).
 *
 * @deprecated Use `updateDraft` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=baike&resource=draft&version=v1
 */
export const updateDraft = /*#__PURE__*/ endpoint<UpdateDraftInput, UpdateDraftOutput>({
  id: 'baike.v1.draft.update',
  method: 'PUT',
  path: '/open-apis/baike/v1/drafts/:draft_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ draft_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        id: optional(string()),
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        rich_text: optional(string()),
      }),
    }),
})
