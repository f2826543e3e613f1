// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { File } from './types.ts'

/** Input of {@link copyFile}. */
export interface CopyFileInput {
  path: { file_token: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    name: string
    type?: 'file' | 'doc' | 'sheet' | 'bitable' | 'docx' | 'mindnote' | 'slides'
    folder_token: string
    extra?: { key: string; value: string }[]
  }
}

/** `data` of a successful {@link copyFile} response. */
export interface CopyFileOutput {
  file?: File
}

/**
 * `drive.v1.file.copy`: POST /open-apis/drive/v1/files/:file_token/copy (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=copy&project=drive&resource=file&version=v1
 */
export const copyFile = /*#__PURE__*/ endpoint<CopyFileInput, CopyFileOutput>({
  id: 'drive.v1.file.copy',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/copy',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        name: string(),
        type: optional(picklist(['file', 'doc', 'sheet', 'bitable', 'docx', 'mindnote', 'slides'])),
        folder_token: string(),
        extra: optional(array(looseObject({ key: string(), value: string() }))),
      }),
    }),
})

/** Input of {@link createFileFolder}. */
export interface CreateFileFolderInput {
  body: { name: string; folder_token: string }
}

/** `data` of a successful {@link createFileFolder} response. */
export interface CreateFileFolderOutput {
  token?: string
  url?: string
}

/**
 * `drive.v1.file.create_folder`: POST /open-apis/drive/v1/files/create_folder (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_folder&project=drive&resource=file&version=v1
 */
export const createFileFolder = /*#__PURE__*/ endpoint<CreateFileFolderInput, CreateFileFolderOutput>({
  id: 'drive.v1.file.create_folder',
  method: 'POST',
  path: '/open-apis/drive/v1/files/create_folder',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ name: string(), folder_token: string() }) }),
})

/** Input of {@link createFileShortcut}. */
export interface CreateFileShortcutInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    parent_token: string
    refer_entity: {
      refer_token: string
      refer_type: 'file' | 'docx' | 'bitable' | 'doc' | 'sheet' | 'mindnote' | 'slides'
    }
  }
}

/** `data` of a successful {@link createFileShortcut} response. */
export interface CreateFileShortcutOutput {
  succ_shortcut_node?: File
}

/**
 * `drive.v1.file.create_shortcut`: POST /open-apis/drive/v1/files/create_shortcut (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_shortcut&project=drive&resource=file&version=v1
 */
export const createFileShortcut = /*#__PURE__*/ endpoint<CreateFileShortcutInput, CreateFileShortcutOutput>({
  id: 'drive.v1.file.create_shortcut',
  method: 'POST',
  path: '/open-apis/drive/v1/files/create_shortcut',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        parent_token: string(),
        refer_entity: looseObject({
          refer_token: string(),
          refer_type: picklist(['file', 'docx', 'bitable', 'doc', 'sheet', 'mindnote', 'slides']),
        }),
      }),
    }),
})

/** Input of {@link deleteFile}. */
export interface DeleteFileInput {
  path: { file_token: string }
  query: {
    type: 'file' | 'docx' | 'bitable' | 'folder' | 'doc' | 'sheet' | 'mindnote' | 'shortcut' | 'slides'
    async?: boolean
  }
}

/** `data` of a successful {@link deleteFile} response. */
export interface DeleteFileOutput {
  task_id?: string
}

/**
 * `drive.v1.file.delete`: DELETE /open-apis/drive/v1/files/:file_token (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=drive&resource=file&version=v1
 */
export const deleteFile = /*#__PURE__*/ endpoint<DeleteFileInput, DeleteFileOutput>({
  id: 'drive.v1.file.delete',
  method: 'DELETE',
  path: '/open-apis/drive/v1/files/:file_token',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        type: picklist(['file', 'docx', 'bitable', 'folder', 'doc', 'sheet', 'mindnote', 'shortcut', 'slides']),
        async: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteFileSubscribe}. */
export interface DeleteFileSubscribeInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'bitable' | 'file' | 'folder' | 'slides'; event_type?: string }
}

/** `data` of a successful {@link deleteFileSubscribe} response. */
export interface DeleteFileSubscribeOutput {
  data: string
}

/**
 * `drive.v1.file.delete_subscribe`: DELETE /open-apis/drive/v1/files/:file_token/delete_subscribe (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete_subscribe&project=drive&resource=file&version=v1
 */
export const deleteFileSubscribe = /*#__PURE__*/ endpoint<DeleteFileSubscribeInput, DeleteFileSubscribeOutput>({
  id: 'drive.v1.file.delete_subscribe',
  method: 'DELETE',
  path: '/open-apis/drive/v1/files/:file_token/delete_subscribe',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'bitable', 'file', 'folder', 'slides']),
        event_type: optional(string()),
      }),
    }),
})

/** Input of {@link downloadFile}. */
export interface DownloadFileInput {
  path: { file_token: string }
  query?: { version?: string }
}

/** The file of a successful {@link downloadFile} response. */
export type DownloadFileOutput = Download

/**
 * `drive.v1.file.download`: GET /open-apis/drive/v1/files/:file_token/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=drive&resource=file&version=v1
 */
export const downloadFile = /*#__PURE__*/ fileEndpoint<DownloadFileInput, DownloadFileOutput>({
  id: 'drive.v1.file.download',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/download',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: optional(looseObject({ version: optional(string()) })),
    }),
  download: true,
})

/** Input of {@link getFileSubscribe}. */
export interface GetFileSubscribeInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'bitable' | 'file' | 'folder' | 'slides'; event_type?: string }
}

/** `data` of a successful {@link getFileSubscribe} response. */
export interface GetFileSubscribeOutput {
  is_subscribe?: boolean
}

/**
 * `drive.v1.file.get_subscribe`: GET /open-apis/drive/v1/files/:file_token/get_subscribe (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_subscribe&project=drive&resource=file&version=v1
 */
export const getFileSubscribe = /*#__PURE__*/ endpoint<GetFileSubscribeInput, GetFileSubscribeOutput>({
  id: 'drive.v1.file.get_subscribe',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/get_subscribe',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'bitable', 'file', 'folder', 'slides']),
        event_type: optional(string()),
      }),
    }),
})

/** Input of {@link listFile}. */
export interface ListFileInput {
  query?: {
    page_size?: number
    page_token?: string
    folder_token?: string
    order_by?: 'EditedTime' | 'CreatedTime'
    direction?: 'ASC' | 'DESC'
    option?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listFile} response. */
export interface ListFileOutput {
  files?: File[]
  next_page_token?: string
  has_more?: boolean
}

/**
 * `drive.v1.file.list`: GET /open-apis/drive/v1/files (tenant or user token).
 *
 * Paginated over `files` (next token in `next_page_token`).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=drive&resource=file&version=v1
 */
export const listFile = /*#__PURE__*/ endpoint<ListFileInput, ListFileOutput, true>({
  id: 'drive.v1.file.list',
  method: 'GET',
  path: '/open-apis/drive/v1/files',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        folder_token: optional(string()),
        order_by: optional(picklist(['EditedTime', 'CreatedTime'])),
        direction: optional(picklist(['ASC', 'DESC'])),
        option: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'files', next: 'next_page_token' },
})

/** Input of {@link moveFile}. */
export interface MoveFileInput {
  path: { file_token: string }
  body?: {
    type?: 'file' | 'docx' | 'bitable' | 'doc' | 'sheet' | 'mindnote' | 'folder' | 'slides'
    folder_token?: string
  }
}

/** `data` of a successful {@link moveFile} response. */
export interface MoveFileOutput {
  task_id?: string
}

/**
 * `drive.v1.file.move`: POST /open-apis/drive/v1/files/:file_token/move (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=move&project=drive&resource=file&version=v1
 */
export const moveFile = /*#__PURE__*/ endpoint<MoveFileInput, MoveFileOutput>({
  id: 'drive.v1.file.move',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/move',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      body: optional(looseObject({
        type: optional(picklist(['file', 'docx', 'bitable', 'doc', 'sheet', 'mindnote', 'folder', 'slides'])),
        folder_token: optional(string()),
      })),
    }),
})

/** Input of {@link subscribeFile}. */
export interface SubscribeFileInput {
  path: { file_token: string }
  query: { file_type: 'doc' | 'docx' | 'sheet' | 'bitable' | 'file' | 'folder' | 'slides'; event_type?: string }
}

/** `data` of a successful {@link subscribeFile} response. */
export type SubscribeFileOutput = { [key: string]: unknown }

/**
 * `drive.v1.file.subscribe`: POST /open-apis/drive/v1/files/:file_token/subscribe (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscribe&project=drive&resource=file&version=v1
 */
export const subscribeFile = /*#__PURE__*/ endpoint<SubscribeFileInput, SubscribeFileOutput>({
  id: 'drive.v1.file.subscribe',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/subscribe',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      query: looseObject({
        file_type: picklist(['doc', 'docx', 'sheet', 'bitable', 'file', 'folder', 'slides']),
        event_type: optional(string()),
      }),
    }),
})

/** Input of {@link taskFileCheck}. */
export interface TaskFileCheckInput {
  query: { task_id: string }
}

/** `data` of a successful {@link taskFileCheck} response. */
export interface TaskFileCheckOutput {
  status?: string
}

/**
 * `drive.v1.file.task_check`: GET /open-apis/drive/v1/files/task_check (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=task_check&project=drive&resource=file&version=v1
 */
export const taskFileCheck = /*#__PURE__*/ endpoint<TaskFileCheckInput, TaskFileCheckOutput>({
  id: 'drive.v1.file.task_check',
  method: 'GET',
  path: '/open-apis/drive/v1/files/task_check',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ task_id: string() }) }),
})

/** Input of {@link uploadFileAll}. */
export interface UploadFileAllInput {
  body: {
    file_name: string
    parent_type: 'explorer' | 'wiki'
    parent_node: string
    size: number
    checksum?: string
    file: FileInput
    file_token?: string
  }
}

/** `data` of a successful {@link uploadFileAll} response. */
export interface UploadFileAllOutput {
  file_token?: string
  url?: string
  version?: string
}

/**
 * `drive.v1.file.upload_all`: POST /open-apis/drive/v1/files/upload_all (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_all&project=drive&resource=file&version=v1
 */
export const uploadFileAll = /*#__PURE__*/ fileEndpoint<UploadFileAllInput, UploadFileAllOutput>({
  id: 'drive.v1.file.upload_all',
  method: 'POST',
  path: '/open-apis/drive/v1/files/upload_all',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_name: string(),
        parent_type: picklist(['explorer', 'wiki']),
        parent_node: string(),
        size: number(),
        checksum: optional(string()),
        file: file(),
        file_token: optional(string()),
      }),
    }),
  body: 'multipart',
})

/** Input of {@link uploadFileFinish}. */
export interface UploadFileFinishInput {
  body: { upload_id: string; block_num: number }
}

/** `data` of a successful {@link uploadFileFinish} response. */
export interface UploadFileFinishOutput {
  file_token?: string
  version?: string
  url?: string
}

/**
 * `drive.v1.file.upload_finish`: POST /open-apis/drive/v1/files/upload_finish (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_finish&project=drive&resource=file&version=v1
 */
export const uploadFileFinish = /*#__PURE__*/ endpoint<UploadFileFinishInput, UploadFileFinishOutput>({
  id: 'drive.v1.file.upload_finish',
  method: 'POST',
  path: '/open-apis/drive/v1/files/upload_finish',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ upload_id: string(), block_num: number() }) }),
})

/** Input of {@link uploadFilePart}. */
export interface UploadFilePartInput {
  body: { upload_id: string; seq: number; size: number; checksum?: string; file: FileInput }
}

/** `data` of a successful {@link uploadFilePart} response. */
export type UploadFilePartOutput = { [key: string]: unknown }

/**
 * `drive.v1.file.upload_part`: POST /open-apis/drive/v1/files/upload_part (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_part&project=drive&resource=file&version=v1
 */
export const uploadFilePart = /*#__PURE__*/ fileEndpoint<UploadFilePartInput, UploadFilePartOutput>({
  id: 'drive.v1.file.upload_part',
  method: 'POST',
  path: '/open-apis/drive/v1/files/upload_part',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        upload_id: string(),
        seq: number(),
        size: number(),
        checksum: optional(string()),
        file: file(),
      }),
    }),
  body: 'multipart',
})

/** Input of {@link uploadFilePrepare}. */
export interface UploadFilePrepareInput {
  body: { file_name: string; parent_type: 'explorer'; parent_node: string; size: number; file_token?: string }
}

/** `data` of a successful {@link uploadFilePrepare} response. */
export interface UploadFilePrepareOutput {
  upload_id?: string
  block_size?: number
  block_num?: number
}

/**
 * `drive.v1.file.upload_prepare`: POST /open-apis/drive/v1/files/upload_prepare (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_prepare&project=drive&resource=file&version=v1
 */
export const uploadFilePrepare = /*#__PURE__*/ endpoint<UploadFilePrepareInput, UploadFilePrepareOutput>({
  id: 'drive.v1.file.upload_prepare',
  method: 'POST',
  path: '/open-apis/drive/v1/files/upload_prepare',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_name: string(),
        parent_type: picklist(['explorer']),
        parent_node: string(),
        size: number(),
        file_token: optional(string()),
      }),
    }),
})
