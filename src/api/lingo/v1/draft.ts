// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AliaseSchema, I18nDescSchema, OuterInfoSchema, RelatedMetaSchema } from './models.ts'
import type { Aliase, Draft, I18nDesc, OuterInfo, RelatedMeta } from './types.ts'

/** Input of {@link createDraft}. */
export interface CreateDraftInput {
  query?: { repo_id?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    id?: string
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    outer_info?: OuterInfo
    rich_text?: string
    i18n_descs?: I18nDesc[]
  }
}

/** `data` of a successful {@link createDraft} response. */
export interface CreateDraftOutput {
  draft?: Draft
}

/**
 * `lingo.v1.draft.create`: POST /open-apis/lingo/v1/drafts (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=lingo&resource=draft&version=v1
 */
export const createDraft = /*#__PURE__*/ endpoint<CreateDraftInput, CreateDraftOutput>({
  id: 'lingo.v1.draft.create',
  method: 'POST',
  path: '/open-apis/lingo/v1/drafts',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        repo_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        id: optional(string()),
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        outer_info: optional(OuterInfoSchema()),
        rich_text: optional(string()),
        i18n_descs: optional(array(I18nDescSchema())),
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
    i18n_descs?: I18nDesc[]
  }
}

/** `data` of a successful {@link updateDraft} response. */
export interface UpdateDraftOutput {
  draft?: Draft
}

/**
 * `lingo.v1.draft.update`: PUT /open-apis/lingo/v1/drafts/:draft_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=lingo&resource=draft&version=v1
 */
export const updateDraft = /*#__PURE__*/ endpoint<UpdateDraftInput, UpdateDraftOutput>({
  id: 'lingo.v1.draft.update',
  method: 'PUT',
  path: '/open-apis/lingo/v1/drafts/:draft_id',
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
        i18n_descs: optional(array(I18nDescSchema())),
      }),
    }),
})
