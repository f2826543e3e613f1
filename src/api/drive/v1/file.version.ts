// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createFileVersion}. */
export interface CreateFileVersionInput {
  path: { file_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    owner_id?: string
    obj_type?: 'docx' | 'sheet'
    parent_type?: 'docx' | 'sheet'
    name?: string
    parent_token?: string
    creator_id?: string
    create_time?: string
    update_time?: string
    status?: '0' | '1' | '2'
    version?: string
  }
}

/** `data` of a successful {@link createFileVersion} response. */
export interface CreateFileVersionOutput {
  name?: string
  version?: string
  parent_token?: string
  owner_id?: string
  creator_id?: string
  create_time?: string
  update_time?: string
  status?: '0' | '1' | '2'
  obj_type?: 'docx' | 'sheet'
  parent_type?: 'docx' | 'sheet'
}

/**
 * `drive.v1.file.version.create`: POST /open-apis/drive/v1/files/:file_token/versions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=file.version&version=v1
 */
export const createFileVersion = /*#__PURE__*/ endpoint<CreateFileVersionInput, CreateFileVersionOutput>({
  id: 'drive.v1.file.version.create',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/versions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        owner_id: optional(string()),
        obj_type: optional(picklist(['docx', 'sheet'])),
        parent_type: optional(picklist(['docx', 'sheet'])),
        name: optional(string()),
        parent_token: optional(string()),
        creator_id: optional(string()),
        create_time: optional(string()),
        update_time: optional(string()),
        status: optional(picklist(['0', '1', '2'])),
        version: optional(string()),
      })),
    }),
})

/** Input of {@link deleteFileVersion}. */
export interface DeleteFileVersionInput {
  path: { file_token: string; version_id: string }
  query: { obj_type: 'docx' | 'sheet'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link deleteFileVersion} response. */
export type DeleteFileVersionOutput = { [key: string]: unknown }

/**
 * `drive.v1.file.version.delete`: DELETE /open-apis/drive/v1/files/:file_token/versions/:version_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=drive&resource=file.version&version=v1
 */
export const deleteFileVersion = /*#__PURE__*/ endpoint<DeleteFileVersionInput, DeleteFileVersionOutput>({
  id: 'drive.v1.file.version.delete',
  method: 'DELETE',
  path: '/open-apis/drive/v1/files/:file_token/versions/:version_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), version_id: string() }),
      query: looseObject({
        obj_type: picklist(['docx', 'sheet']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link getFileVersion}. */
export interface GetFileVersionInput {
  path: { file_token: string; version_id: string }
  query: {
    obj_type: 'docx' | 'sheet'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link getFileVersion} response. */
export interface GetFileVersionOutput {
  name?: string
  version?: string
  parent_token?: string
  owner_id?: string
  creator_id?: string
  create_time?: string
  update_time?: string
  status?: '0' | '1' | '2'
  obj_type?: 'docx' | 'sheet'
  parent_type?: 'docx' | 'sheet'
}

/**
 * `drive.v1.file.version.get`: GET /open-apis/drive/v1/files/:file_token/versions/:version_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=file.version&version=v1
 */
export const getFileVersion = /*#__PURE__*/ endpoint<GetFileVersionInput, GetFileVersionOutput>({
  id: 'drive.v1.file.version.get',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/versions/:version_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), version_id: string() }),
      query: looseObject({
        obj_type: picklist(['docx', 'sheet']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
})

/** Input of {@link listFileVersion}. */
export interface ListFileVersionInput {
  path: { file_token: string }
  query: {
    page_size: number
    page_token?: string
    obj_type: 'docx' | 'sheet'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listFileVersion} response. */
export interface ListFileVersionOutput {
  items?: {
    name?: string
    version?: string
    parent_token?: string
    owner_id?: string
    creator_id?: string
    create_time?: string
    update_time?: string
    status?: '0' | '1' | '2'
    obj_type?: 'docx' | 'sheet'
    parent_type?: 'docx' | 'sheet'
  }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `drive.v1.file.version.list`: GET /open-apis/drive/v1/files/:file_token/versions (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file.version&version=v1
 */
export const listFileVersion = /*#__PURE__*/ endpoint<ListFileVersionInput, ListFileVersionOutput, true>({
  id: 'drive.v1.file.version.list',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/versions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        obj_type: picklist(['docx', 'sheet']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'items' },
})
