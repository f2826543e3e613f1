// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createTripartiteAgreement}. */
export interface CreateTripartiteAgreementInput {
  body: { application_id: string; state: number; create_time: string }
}

/** `data` of a successful {@link createTripartiteAgreement} response. */
export interface CreateTripartiteAgreementOutput {
  id?: string
}

/**
 * `hire.v1.tripartite_agreement.create`: POST /open-apis/hire/v1/tripartite_agreements (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=tripartite_agreement&version=v1
 */
export const createTripartiteAgreement = /*#__PURE__*/ endpoint<CreateTripartiteAgreementInput, CreateTripartiteAgreementOutput>({
  id: 'hire.v1.tripartite_agreement.create',
  method: 'POST',
  path: '/open-apis/hire/v1/tripartite_agreements',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ application_id: string(), state: number(), create_time: string() }) }),
})

/** Input of {@link deleteTripartiteAgreement}. */
export interface DeleteTripartiteAgreementInput {
  path: { tripartite_agreement_id: string }
}

/** `data` of a successful {@link deleteTripartiteAgreement} response. */
export type DeleteTripartiteAgreementOutput = { [key: string]: unknown }

/**
 * `hire.v1.tripartite_agreement.delete`: DELETE /open-apis/hire/v1/tripartite_agreements/:tripartite_agreement_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=tripartite_agreement&version=v1
 */
export const deleteTripartiteAgreement = /*#__PURE__*/ endpoint<DeleteTripartiteAgreementInput, DeleteTripartiteAgreementOutput>({
  id: 'hire.v1.tripartite_agreement.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/tripartite_agreements/:tripartite_agreement_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ tripartite_agreement_id: string() }) }),
})

/** Input of {@link listTripartiteAgreement}. */
export interface ListTripartiteAgreementInput {
  query?: { page_size?: number; page_token?: string; application_id?: string; tripartite_agreement_id?: string }
}

/** `data` of a successful {@link listTripartiteAgreement} response. */
export interface ListTripartiteAgreementOutput {
  items?: { id?: string; application_id?: string; state?: number; create_time?: string; modify_time?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `hire.v1.tripartite_agreement.list`: GET /open-apis/hire/v1/tripartite_agreements (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=tripartite_agreement&version=v1
 */
export const listTripartiteAgreement = /*#__PURE__*/ endpoint<ListTripartiteAgreementInput, ListTripartiteAgreementOutput, true>({
  id: 'hire.v1.tripartite_agreement.list',
  method: 'GET',
  path: '/open-apis/hire/v1/tripartite_agreements',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        application_id: optional(string()),
        tripartite_agreement_id: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link updateTripartiteAgreement}. */
export interface UpdateTripartiteAgreementInput {
  path: { tripartite_agreement_id: string }
  body: { state: number; modify_time: string }
}

/** `data` of a successful {@link updateTripartiteAgreement} response. */
export type UpdateTripartiteAgreementOutput = { [key: string]: unknown }

/**
 * `hire.v1.tripartite_agreement.update`: PUT /open-apis/hire/v1/tripartite_agreements/:tripartite_agreement_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=hire&resource=tripartite_agreement&version=v1
 */
export const updateTripartiteAgreement = /*#__PURE__*/ endpoint<UpdateTripartiteAgreementInput, UpdateTripartiteAgreementOutput>({
  id: 'hire.v1.tripartite_agreement.update',
  method: 'PUT',
  path: '/open-apis/hire/v1/tripartite_agreements/:tripartite_agreement_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ tripartite_agreement_id: string() }),
      body: looseObject({ state: number(), modify_time: string() }),
    }),
})
