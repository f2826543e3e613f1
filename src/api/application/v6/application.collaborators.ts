// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AddSchema } from './models.ts'
import type { Add } from './types.ts'

/** Input of {@link getApplicationCollaborators}. */
export interface GetApplicationCollaboratorsInput {
  path: { app_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getApplicationCollaborators} response. */
export interface GetApplicationCollaboratorsOutput {
  collaborators?: Add[]
}

/**
 * `application.v6.application.collaborators.get`: GET /open-apis/application/v6/applications/:app_id/collaborators (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=application&resource=application.collaborators&version=v6
 */
export const getApplicationCollaborators = /*#__PURE__*/ endpoint<GetApplicationCollaboratorsInput, GetApplicationCollaboratorsOutput>({
  id: 'application.v6.application.collaborators.get',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/collaborators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})

/** Input of {@link updateApplicationCollaborators}. */
export interface UpdateApplicationCollaboratorsInput {
  path: { app_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { adds?: Add[]; removes?: string[] }
}

/** `data` of a successful {@link updateApplicationCollaborators} response. */
export type UpdateApplicationCollaboratorsOutput = { [key: string]: unknown }

/**
 * `application.v6.application.collaborators.update`: PUT /open-apis/application/v6/applications/:app_id/collaborators (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=application&resource=application.collaborators&version=v6
 */
export const updateApplicationCollaborators = /*#__PURE__*/ endpoint<UpdateApplicationCollaboratorsInput, UpdateApplicationCollaboratorsOutput>({
  id: 'application.v6.application.collaborators.update',
  method: 'PUT',
  path: '/open-apis/application/v6/applications/:app_id/collaborators',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ adds: optional(array(AddSchema())), removes: optional(array(string())) })),
    }),
})
