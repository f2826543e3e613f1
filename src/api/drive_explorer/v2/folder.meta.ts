// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getFolderMeta}. */
export interface GetFolderMetaInput {
  path: { folder_token: string }
}

/** `data` of a successful {@link getFolderMeta} response. */
export interface GetFolderMetaOutput {
  id?: string
  name?: string
  token?: string
  createUid?: string
  editUid?: string
  parentId?: string
  ownUid?: string
}

/**
 * `drive_explorer.v2.folder.meta.get`: GET /open-apis/drive/explorer/v2/folder/:folder_token/meta (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/drive-v1/folder/get-folder-meta
 */
export const getFolderMeta = /*#__PURE__*/ endpoint<GetFolderMetaInput, GetFolderMetaOutput>({
  id: 'drive_explorer.v2.folder.meta.get',
  method: 'GET',
  path: '/open-apis/drive/explorer/v2/folder/:folder_token/meta',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ folder_token: string() }) }),
})
