// Generated from catalog/im.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { I18nNameSchema } from './models.ts'
import type { I18nName, TagInfo } from './types.ts'

/** Input of {@link createTag}. */
export interface CreateTagInput {
  body: { create_tag: { tag_type: 'tenant'; name: string; i18n_names?: I18nName[] }; bot_id?: string }
}

/** `data` of a successful {@link createTag} response. */
export interface CreateTagOutput {
  id?: string
  create_tag_fail_reason?: { duplicate_id?: string }
}

/**
 * `im.v2.tag.create`: POST /open-apis/im/v2/tags (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=im&resource=tag&version=v2
 */
export const createTag = /*#__PURE__*/ endpoint<CreateTagInput, CreateTagOutput>({
  id: 'im.v2.tag.create',
  method: 'POST',
  path: '/open-apis/im/v2/tags',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        create_tag: looseObject({
          tag_type: picklist(['tenant']),
          name: string(),
          i18n_names: optional(array(I18nNameSchema())),
        }),
        bot_id: optional(string()),
      }),
    }),
})

/** Input of {@link patchTag}. */
export interface PatchTagInput {
  path: { tag_id: string }
  body?: { patch_tag?: { id?: string; name?: string; i18n_names?: I18nName[] }; bot_id?: string }
}

/** `data` of a successful {@link patchTag} response. */
export interface PatchTagOutput {
  tag_info?: TagInfo
  patch_tag_fail_reason?: { duplicate_id?: string }
}

/**
 * `im.v2.tag.patch`: PATCH /open-apis/im/v2/tags/:tag_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=im&resource=tag&version=v2
 */
export const patchTag = /*#__PURE__*/ endpoint<PatchTagInput, PatchTagOutput>({
  id: 'im.v2.tag.patch',
  method: 'PATCH',
  path: '/open-apis/im/v2/tags/:tag_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ tag_id: string() }),
      body: optional(looseObject({
        patch_tag: optional(looseObject({
          id: optional(string()),
          name: optional(string()),
          i18n_names: optional(array(I18nNameSchema())),
        })),
        bot_id: optional(string()),
      })),
    }),
})
