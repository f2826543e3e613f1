// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link patchEhrImportTask}. */
export interface PatchEhrImportTaskInput {
  path: { ehr_import_task_id: string }
  body: { fail_reason?: string; redirect_url?: string; state: number }
}

/** `data` of a successful {@link patchEhrImportTask} response. */
export type PatchEhrImportTaskOutput = { [key: string]: unknown }

/**
 * `hire.v1.ehr_import_task.patch`: PATCH /open-apis/hire/v1/ehr_import_tasks/:ehr_import_task_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=hire&resource=ehr_import_task&version=v1
 */
export const patchEhrImportTask = /*#__PURE__*/ endpoint<PatchEhrImportTaskInput, PatchEhrImportTaskOutput>({
  id: 'hire.v1.ehr_import_task.patch',
  method: 'PATCH',
  path: '/open-apis/hire/v1/ehr_import_tasks/:ehr_import_task_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ ehr_import_task_id: string() }),
      body: looseObject({ fail_reason: optional(string()), redirect_url: optional(string()), state: number() }),
    }),
})
