// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { CompensationType, Name, SignatoryLabel, TemplateRegionInfo } from './types.ts'

/** Input of {@link listSignatureTemplateInfoWithThumbnail}. */
export interface ListSignatureTemplateInfoWithThumbnailInput {
  query?: {
    page_size?: number
    page_token?: string
    name?: string
    category_apiname?: string
    usage_apiname?: string
    active?: boolean
    need_region_info?: boolean
    applicability_apinames?: string[]
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link listSignatureTemplateInfoWithThumbnail} response. */
export interface ListSignatureTemplateInfoWithThumbnailOutput {
  items?: {
    id?: string
    label?: Name[]
    category?: CompensationType
    usage?: CompensationType
    create_time?: string
    modify_time?: string
    created_by?: { id: string }
    updated_by?: { id: string }
    thumbnail_url?: string
    signatory_labels?: SignatoryLabel[]
    template_code?: string
    template_desc?: string
    template_region_info?: TemplateRegionInfo
  }[]
  page_token?: number
  count?: number
}

/**
 * `corehr.v2.signature_template_info_with_thumbnail.list`: GET /open-apis/corehr/v2/signature_template_info_with_thumbnails (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=signature_template_info_with_thumbnail&version=v2
 */
export const listSignatureTemplateInfoWithThumbnail = /*#__PURE__*/ endpoint<ListSignatureTemplateInfoWithThumbnailInput, ListSignatureTemplateInfoWithThumbnailOutput, true>({
  id: 'corehr.v2.signature_template_info_with_thumbnail.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/signature_template_info_with_thumbnails',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        name: optional(string()),
        category_apiname: optional(string()),
        usage_apiname: optional(string()),
        active: optional(boolean()),
        need_region_info: optional(boolean()),
        applicability_apinames: optional(array(string())),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
  page: { items: 'items' },
})
