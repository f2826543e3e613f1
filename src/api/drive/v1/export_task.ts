// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createExportTask}. */
export interface CreateExportTaskInput {
  body: {
    file_extension: 'docx' | 'pdf' | 'xlsx' | 'csv'
    token: string
    type: 'doc' | 'sheet' | 'bitable' | 'docx'
    sub_id?: string
    only_schema?: boolean
  }
}

/** `data` of a successful {@link createExportTask} response. */
export interface CreateExportTaskOutput {
  ticket?: string
}

/**
 * `drive.v1.export_task.create`: POST /open-apis/drive/v1/export_tasks (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=export_task&version=v1
 */
export const createExportTask = /*#__PURE__*/ endpoint<CreateExportTaskInput, CreateExportTaskOutput>({
  id: 'drive.v1.export_task.create',
  method: 'POST',
  path: '/open-apis/drive/v1/export_tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_extension: picklist(['docx', 'pdf', 'xlsx', 'csv']),
        token: string(),
        type: picklist(['doc', 'sheet', 'bitable', 'docx']),
        sub_id: optional(string()),
        only_schema: optional(boolean()),
      }),
    }),
})

/** Input of {@link downloadExportTask}. */
export interface DownloadExportTaskInput {
  path: { file_token: string }
}

/** The file of a successful {@link downloadExportTask} response. */
export type DownloadExportTaskOutput = Download

/**
 * `drive.v1.export_task.download`: GET /open-apis/drive/v1/export_tasks/file/:file_token/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=drive&resource=export_task&version=v1
 */
export const downloadExportTask = /*#__PURE__*/ fileEndpoint<DownloadExportTaskInput, DownloadExportTaskOutput>({
  id: 'drive.v1.export_task.download',
  method: 'GET',
  path: '/open-apis/drive/v1/export_tasks/file/:file_token/download',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ file_token: string() }) }),
  download: true,
})

/** Input of {@link getExportTask}. */
export interface GetExportTaskInput {
  path: { ticket: string }
  query: { token: string }
}

/** `data` of a successful {@link getExportTask} response. */
export interface GetExportTaskOutput {
  result?: {
    file_extension: 'docx' | 'pdf' | 'xlsx' | 'csv' | 'base' | 'pptx'
    type: 'doc' | 'sheet' | 'bitable' | 'docx' | 'slides'
    file_name?: string
    file_token?: string
    file_size?: number
    job_error_msg?: string
    job_status?: number
    only_schema?: boolean
  }
}

/**
 * `drive.v1.export_task.get`: GET /open-apis/drive/v1/export_tasks/:ticket (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=export_task&version=v1
 */
export const getExportTask = /*#__PURE__*/ endpoint<GetExportTaskInput, GetExportTaskOutput>({
  id: 'drive.v1.export_task.get',
  method: 'GET',
  path: '/open-apis/drive/v1/export_tasks/:ticket',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ ticket: string() }), query: looseObject({ token: string() }) }),
})
