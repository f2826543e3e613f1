// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getRootFolderMeta}. */
export type GetRootFolderMetaInput = { [key: string]: never }

/** `data` of a successful {@link getRootFolderMeta} response. */
export interface GetRootFolderMetaOutput {
  token?: string
  id?: string
  user_id?: string
}

/**
 * `drive_explorer.v2.root_folder.meta.get`: GET /open-apis/drive/explorer/v2/root_folder/meta (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/drive-v1/folder/get-root-folder-meta
 */
export const getRootFolderMeta = /*#__PURE__*/ endpoint<GetRootFolderMetaInput, GetRootFolderMetaOutput>({
  id: 'drive_explorer.v2.root_folder.meta.get',
  method: 'GET',
  path: '/open-apis/drive/explorer/v2/root_folder/meta',
  tokens: ['tenant', 'user'],
})
