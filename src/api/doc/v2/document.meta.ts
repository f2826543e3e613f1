// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getDocumentMeta}. */
export interface GetDocumentMetaInput {
  path: { doc_token: string }
}

/** `data` of a successful {@link getDocumentMeta} response. */
export interface GetDocumentMetaOutput {
  create_date?: string
  create_time?: number
  creator?: string
  create_user_name?: string
  delete_flag?: number
  edit_time?: number
  edit_user_name?: string
  is_external?: boolean
  is_pined?: boolean
  is_stared?: boolean
  is_upgraded?: boolean
  obj_type?: string
  owner?: string
  owner_user_name?: string
  server_time?: number
  tenant_id?: string
  title?: string
  type?: number
  upgraded_token?: string
  url?: string
}

/**
 * `doc.v2.document.meta.get`: GET /open-apis/doc/v2/meta/:doc_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `batchQueryMeta` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/document/obtain-document-meta
 */
export const getDocumentMeta = /*#__PURE__*/ endpoint<GetDocumentMetaInput, GetDocumentMetaOutput>({
  id: 'doc.v2.document.meta.get',
  method: 'GET',
  path: '/open-apis/doc/v2/meta/:doc_token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ doc_token: string() }) }),
})
