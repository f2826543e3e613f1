// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Run } from './types.ts'

/** Input of {@link cancelAilySessionRun}. */
export interface CancelAilySessionRunInput {
  path: { aily_session_id: string; run_id: string }
}

/** `data` of a successful {@link cancelAilySessionRun} response. */
export interface CancelAilySessionRunOutput {
  run?: Run
}

/**
 * `aily.v1.aily_session.run.cancel`: POST /open-apis/aily/v1/sessions/:aily_session_id/runs/:run_id/cancel (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=cancel&project=aily&resource=aily_session.run&version=v1
 */
export const cancelAilySessionRun = /*#__PURE__*/ endpoint<CancelAilySessionRunInput, CancelAilySessionRunOutput>({
  id: 'aily.v1.aily_session.run.cancel',
  method: 'POST',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/runs/:run_id/cancel',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ aily_session_id: string(), run_id: string() }) }),
})

/** Input of {@link createAilySessionRun}. */
export interface CreateAilySessionRunInput {
  path: { aily_session_id: string }
  body: { app_id: string; skill_id?: string; skill_input?: string; metadata?: string }
}

/** `data` of a successful {@link createAilySessionRun} response. */
export interface CreateAilySessionRunOutput {
  run?: Run
}

/**
 * `aily.v1.aily_session.run.create`: POST /open-apis/aily/v1/sessions/:aily_session_id/runs (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=aily_session.run&version=v1
 */
export const createAilySessionRun = /*#__PURE__*/ endpoint<CreateAilySessionRunInput, CreateAilySessionRunOutput>({
  id: 'aily.v1.aily_session.run.create',
  method: 'POST',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/runs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ aily_session_id: string() }),
      body: looseObject({
        app_id: string(),
        skill_id: optional(string()),
        skill_input: optional(string()),
        metadata: optional(string()),
      }),
    }),
})

/** Input of {@link getAilySessionRun}. */
export interface GetAilySessionRunInput {
  path: { aily_session_id: string; run_id: string }
}

/** `data` of a successful {@link getAilySessionRun} response. */
export interface GetAilySessionRunOutput {
  run?: Run
}

/**
 * `aily.v1.aily_session.run.get`: GET /open-apis/aily/v1/sessions/:aily_session_id/runs/:run_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=aily_session.run&version=v1
 */
export const getAilySessionRun = /*#__PURE__*/ endpoint<GetAilySessionRunInput, GetAilySessionRunOutput>({
  id: 'aily.v1.aily_session.run.get',
  method: 'GET',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/runs/:run_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ aily_session_id: string(), run_id: string() }) }),
})

/** Input of {@link listAilySessionRun}. */
export interface ListAilySessionRunInput {
  path: { aily_session_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAilySessionRun} response. */
export interface ListAilySessionRunOutput {
  runs?: Run[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.aily_session.run.list`: GET /open-apis/aily/v1/sessions/:aily_session_id/runs (tenant or user token).
 *
 * Paginated over `runs`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=aily_session.run&version=v1
 */
export const listAilySessionRun = /*#__PURE__*/ endpoint<ListAilySessionRunInput, ListAilySessionRunOutput, true>({
  id: 'aily.v1.aily_session.run.list',
  method: 'GET',
  path: '/open-apis/aily/v1/sessions/:aily_session_id/runs',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ aily_session_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'runs' },
})
