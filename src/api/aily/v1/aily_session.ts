// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'
import type { Session } from './types.ts'

/** Input of {@link createAilySession}. */
export interface CreateAilySessionInput {
  body?: { channel_context?: string; metadata?: string }
}

/** `data` of a successful {@link createAilySession} response. */
export interface CreateAilySessionOutput {
  session?: Session
}

/**
 * `aily.v1.aily_session.create`: POST /open-apis/aily/v1/sessions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=aily_session&version=v1
 */
export const createAilySession = /*#__PURE__*/ endpoint<CreateAilySessionInput, CreateAilySessionOutput>({
  id: 'aily.v1.aily_session.create',
  method: 'POST',
  path: '/open-apis/aily/v1/sessions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: optional(looseObject({ channel_context: optional(string()), metadata: optional(string()) })) }),
})

/** Input of {@link deleteAilySession}. */
export interface DeleteAilySessionInput {
  path: { aily_session_id: string }
}

/** `data` of a successful {@link deleteAilySession} response. */
export type DeleteAilySessionOutput = { [key: string]: unknown }

/**
 * `aily.v1.aily_session.delete`: DELETE /open-apis/aily/v1/sessions/:aily_session_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=aily&resource=aily_session&version=v1
 */
export const deleteAilySession = /*#__PURE__*/ endpoint<DeleteAilySessionInput, DeleteAilySessionOutput>({
  id: 'aily.v1.aily_session.delete',
  method: 'DELETE',
  path: '/open-apis/aily/v1/sessions/:aily_session_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ aily_session_id: string() }) }),
})

/** Input of {@link getAilySession}. */
export interface GetAilySessionInput {
  path: { aily_session_id: string }
}

/** `data` of a successful {@link getAilySession} response. */
export interface GetAilySessionOutput {
  session?: Session
}

/**
 * `aily.v1.aily_session.get`: GET /open-apis/aily/v1/sessions/:aily_session_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=aily_session&version=v1
 */
export const getAilySession = /*#__PURE__*/ endpoint<GetAilySessionInput, GetAilySessionOutput>({
  id: 'aily.v1.aily_session.get',
  method: 'GET',
  path: '/open-apis/aily/v1/sessions/:aily_session_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ aily_session_id: string() }) }),
})

/** Input of {@link updateAilySession}. */
export interface UpdateAilySessionInput {
  path: { aily_session_id: string }
  body?: { channel_context?: string; metadata?: string }
}

/** `data` of a successful {@link updateAilySession} response. */
export interface UpdateAilySessionOutput {
  session?: Session
}

/**
 * `aily.v1.aily_session.update`: PUT /open-apis/aily/v1/sessions/:aily_session_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=aily&resource=aily_session&version=v1
 */
export const updateAilySession = /*#__PURE__*/ endpoint<UpdateAilySessionInput, UpdateAilySessionOutput>({
  id: 'aily.v1.aily_session.update',
  method: 'PUT',
  path: '/open-apis/aily/v1/sessions/:aily_session_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ aily_session_id: string() }),
      body: optional(looseObject({ channel_context: optional(string()), metadata: optional(string()) })),
    }),
})
