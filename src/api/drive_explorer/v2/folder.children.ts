// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getFolderChildren}. */
export interface GetFolderChildrenInput {
  path: { folder_token: string }
  query?: { types?: ('doc' | 'sheet' | 'file' | 'bitable' | 'docx' | 'folder' | 'mindnote')[] }
}

/** `data` of a successful {@link getFolderChildren} response. */
export interface GetFolderChildrenOutput {
  parentToken?: string
  children?: { [key: string]: { token?: string; name?: string; type?: string; is_shortcut?: boolean } }
}

/**
 * `drive_explorer.v2.folder.children.get`: GET /open-apis/drive/explorer/v2/folder/:folder_token/children (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `listFile` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/folder/get-folder-children
 */
export const getFolderChildren = /*#__PURE__*/ endpoint<GetFolderChildrenInput, GetFolderChildrenOutput>({
  id: 'drive_explorer.v2.folder.children.get',
  method: 'GET',
  path: '/open-apis/drive/explorer/v2/folder/:folder_token/children',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ folder_token: string() }),
      query: optional(looseObject({
        types: optional(array(picklist(['doc', 'sheet', 'file', 'bitable', 'docx', 'folder', 'mindnote']))),
      })),
    }),
})
