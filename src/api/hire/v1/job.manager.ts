// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { JobManager } from './types.ts'

/** Input of {@link batchUpdateJobManager}. */
export interface BatchUpdateJobManagerInput {
  path: { job_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    recruiter_id?: string
    assistant_id_list?: string[]
    hiring_manager_id_list?: string[]
    update_option_list: number[]
    creator_id?: string
  }
}

/** `data` of a successful {@link batchUpdateJobManager} response. */
export interface BatchUpdateJobManagerOutput {
  job_manager?: JobManager
}

/**
 * `hire.v1.job.manager.batch_update`: POST /open-apis/hire/v1/jobs/:job_id/managers/batch_update (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_update&project=hire&resource=job.manager&version=v1
 */
export const batchUpdateJobManager = /*#__PURE__*/ endpoint<BatchUpdateJobManagerInput, BatchUpdateJobManagerOutput>({
  id: 'hire.v1.job.manager.batch_update',
  method: 'POST',
  path: '/open-apis/hire/v1/jobs/:job_id/managers/batch_update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        recruiter_id: optional(string()),
        assistant_id_list: optional(array(string())),
        hiring_manager_id_list: optional(array(string())),
        update_option_list: array(number()),
        creator_id: optional(string()),
      }),
    }),
})

/** Input of {@link getJobManager}. */
export interface GetJobManagerInput {
  path: { job_id: string; manager_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getJobManager} response. */
export interface GetJobManagerOutput {
  info?: JobManager
}

/**
 * `hire.v1.job.manager.get`: GET /open-apis/hire/v1/jobs/:job_id/managers/:manager_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=job.manager&version=v1
 */
export const getJobManager = /*#__PURE__*/ endpoint<GetJobManagerInput, GetJobManagerOutput>({
  id: 'hire.v1.job.manager.get',
  method: 'GET',
  path: '/open-apis/hire/v1/jobs/:job_id/managers/:manager_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_id: string(), manager_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})
