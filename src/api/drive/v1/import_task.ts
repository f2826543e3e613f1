// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createImportTask}. */
export interface CreateImportTaskInput {
  body: {
    file_extension: string
    file_token: string
    type: string
    file_name?: string
    point: { mount_type: number; mount_key: string }
    token?: string
  }
}

/** `data` of a successful {@link createImportTask} response. */
export interface CreateImportTaskOutput {
  ticket?: string
}

/**
 * `drive.v1.import_task.create`: POST /open-apis/drive/v1/import_tasks (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=import_task&version=v1
 */
export const createImportTask = /*#__PURE__*/ endpoint<CreateImportTaskInput, CreateImportTaskOutput>({
  id: 'drive.v1.import_task.create',
  method: 'POST',
  path: '/open-apis/drive/v1/import_tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        file_extension: string(),
        file_token: string(),
        type: string(),
        file_name: optional(string()),
        point: looseObject({ mount_type: number(), mount_key: string() }),
        token: optional(string()),
      }),
    }),
})

/** Input of {@link getImportTask}. */
export interface GetImportTaskInput {
  path: { ticket: string }
}

/** `data` of a successful {@link getImportTask} response. */
export interface GetImportTaskOutput {
  result?: {
    ticket?: string
    type: string
    job_status?: number
    job_error_msg?: string
    token?: string
    url?: string
    extra?: string[]
  }
}

/**
 * `drive.v1.import_task.get`: GET /open-apis/drive/v1/import_tasks/:ticket (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=import_task&version=v1
 */
export const getImportTask = /*#__PURE__*/ endpoint<GetImportTaskInput, GetImportTaskOutput>({
  id: 'drive.v1.import_task.get',
  method: 'GET',
  path: '/open-apis/drive/v1/import_tasks/:ticket',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ ticket: string() }) }),
})
