// Generated from catalog/drive_explorer.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link copyFile}. */
export interface CopyFileInput {
  path: { file_token: string }
  body: {
    type: 'file' | 'doc' | 'sheet' | 'bitable' | 'docx' | 'mindnote'
    dstFolderToken: string
    dstName: string
    commentNeeded?: boolean
  }
}

/** `data` of a successful {@link copyFile} response. */
export interface CopyFileOutput {
  folderToken?: string
  revision?: number
  token?: string
  type?: string
  url?: string
}

/**
 * `drive_explorer.v2.file.copy`: POST /open-apis/drive/explorer/v2/file/copy/files/:file_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `copyFile` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/file/copy-a-doc-or-sheet
 */
export const copyFile = /*#__PURE__*/ endpoint<CopyFileInput, CopyFileOutput>({
  id: 'drive_explorer.v2.file.copy',
  method: 'POST',
  path: '/open-apis/drive/explorer/v2/file/copy/files/:file_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      body: looseObject({
        type: picklist(['file', 'doc', 'sheet', 'bitable', 'docx', 'mindnote']),
        dstFolderToken: string(),
        dstName: string(),
        commentNeeded: optional(boolean()),
      }),
    }),
})

/** Input of {@link createFile}. */
export interface CreateFileInput {
  path: { folder_token: string }
  body: { title: string; type: 'sheet' | 'bitable' }
}

/** `data` of a successful {@link createFile} response. */
export interface CreateFileOutput {
  url?: string
  token?: string
  revision?: number
}

/**
 * `drive_explorer.v2.file.create`: POST /open-apis/drive/explorer/v2/file/:folder_token (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `createSpreadsheet` from `larkfn/sheets/v3` instead.
 * @see https://open.feishu.cn/document/server-docs/docs/drive-v1/file/create-online-document
 */
export const createFile = /*#__PURE__*/ endpoint<CreateFileInput, CreateFileOutput>({
  id: 'drive_explorer.v2.file.create',
  method: 'POST',
  path: '/open-apis/drive/explorer/v2/file/:folder_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ folder_token: string() }),
      body: looseObject({ title: string(), type: picklist(['sheet', 'bitable']) }),
    }),
})
