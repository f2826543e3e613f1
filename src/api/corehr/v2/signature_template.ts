// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import type { SignatureTemplate } from './types.ts'

/** Input of {@link searchSignatureTemplate}. */
export interface SearchSignatureTemplateInput {
  query?: { template_ids?: string; select_custom_field?: boolean }
}

/** `data` of a successful {@link searchSignatureTemplate} response. */
export interface SearchSignatureTemplateOutput {
  signature_templates?: SignatureTemplate[]
}

/**
 * `corehr.v2.signature_template.search`: GET /open-apis/corehr/v2/signature_templates/search (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=corehr&resource=signature_template&version=v2
 */
export const searchSignatureTemplate = /*#__PURE__*/ endpoint<SearchSignatureTemplateInput, SearchSignatureTemplateOutput>({
  id: 'corehr.v2.signature_template.search',
  method: 'GET',
  path: '/open-apis/corehr/v2/signature_templates/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ template_ids: optional(string()), select_custom_field: optional(boolean()) })),
    }),
})
