// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createFolder}. */
export interface CreateFolderInput {
  path: { folder_token: string }
  body: { title: string }
}

/** `data` of a successful {@link createFolder} response. */
export interface CreateFolderOutput {
  url?: string
  revision?: number
  token?: string
}

/**
 * `drive_explorer.v2.folder.create`: POST /open-apis/drive/explorer/v2/folder/:folder_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createFileFolder` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/folder/create-a-new-folder
 */
export const createFolder = /*#__PURE__*/ endpoint<CreateFolderInput, CreateFolderOutput>({
  id: 'drive_explorer.v2.folder.create',
  method: 'POST',
  path: '/open-apis/drive/explorer/v2/folder/:folder_token',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ folder_token: string() }), body: looseObject({ title: string() }) }),
})
