// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listSignatureNodeByFileId}. */
export interface ListSignatureNodeByFileIdInput {
  query: { file_id: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link listSignatureNodeByFileId} response. */
export interface ListSignatureNodeByFileIdOutput {
  signature_nodes?: {
    user_infos?: { id: string }[]
    state: string
    finish_time?: string
    updated_time?: string
    is_ongoing: boolean
    role_label: { zh?: string; en?: string }
    sign_role?: string
  }[]
}

/**
 * `corehr.v2.signature_node.list_by_file_id`: GET /open-apis/corehr/v2/signature_nodes/list_by_file_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_by_file_id&project=corehr&resource=signature_node&version=v2
 */
export const listSignatureNodeByFileId = /*#__PURE__*/ endpoint<ListSignatureNodeByFileIdInput, ListSignatureNodeByFileIdOutput>({
  id: 'corehr.v2.signature_node.list_by_file_id',
  method: 'GET',
  path: '/open-apis/corehr/v2/signature_nodes/list_by_file_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        file_id: string(),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      }),
    }),
})
