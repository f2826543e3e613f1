// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import type { ExternalInfo } from './types.ts'

/** Input of {@link createTalentExternalInfo}. */
export interface CreateTalentExternalInfoInput {
  path: { talent_id: string }
  body: { external_create_time: string }
}

/** `data` of a successful {@link createTalentExternalInfo} response. */
export interface CreateTalentExternalInfoOutput {
  external_info?: ExternalInfo
}

/**
 * `hire.v1.talent.external_info.create`: POST /open-apis/hire/v1/talents/:talent_id/external_info (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=talent.external_info&version=v1
 */
export const createTalentExternalInfo = /*#__PURE__*/ endpoint<CreateTalentExternalInfoInput, CreateTalentExternalInfoOutput>({
  id: 'hire.v1.talent.external_info.create',
  method: 'POST',
  path: '/open-apis/hire/v1/talents/:talent_id/external_info',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ talent_id: string() }), body: looseObject({ external_create_time: string() }) }),
})

/** Input of {@link updateTalentExternalInfo}. */
export interface UpdateTalentExternalInfoInput {
  path: { talent_id: string }
  body: { external_create_time: string }
}

/** `data` of a successful {@link updateTalentExternalInfo} response. */
export interface UpdateTalentExternalInfoOutput {
  external_info?: ExternalInfo
}

/**
 * `hire.v1.talent.external_info.update`: PUT /open-apis/hire/v1/talents/:talent_id/external_info (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=talent.external_info&version=v1
 */
export const updateTalentExternalInfo = /*#__PURE__*/ endpoint<UpdateTalentExternalInfoInput, UpdateTalentExternalInfoOutput>({
  id: 'hire.v1.talent.external_info.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/talents/:talent_id/external_info',
  tokens: ['tenant'],
  input: () =>
    looseObject({ path: looseObject({ talent_id: string() }), body: looseObject({ external_create_time: string() }) }),
})
