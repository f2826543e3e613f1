// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link deleteFileDocs}. */
export interface DeleteFileDocsInput {
  path: { doc_token: string }
}

/** `data` of a successful {@link deleteFileDocs} response. */
export interface DeleteFileDocsOutput {
  id?: string
  result?: boolean
}

/**
 * `drive_explorer.v2.file.docs.delete`: DELETE /open-apis/drive/explorer/v2/file/docs/:doc_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `deleteFile` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/file/delete-a-doc
 */
export const deleteFileDocs = /*#__PURE__*/ endpoint<DeleteFileDocsInput, DeleteFileDocsOutput>({
  id: 'drive_explorer.v2.file.docs.delete',
  method: 'DELETE',
  path: '/open-apis/drive/explorer/v2/file/docs/:doc_token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ doc_token: string() }) }),
})
