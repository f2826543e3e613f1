// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema } from './models.ts'
import type { Contract, CustomField } from './types.ts'

/** Input of {@link createContract}. */
export interface CreateContractInput {
  query?: { client_token?: string }
  body: {
    effective_time: string
    expiration_time?: string
    employment_id: string
    contract_type: { enum_name: string }
    first_party_company_id: string
    person_id?: string
    custom_fields?: CustomField[]
    duration_type?: { enum_name: string }
    contract_end_date?: string
    contract_number?: string
    signing_type?: { enum_name: string }
  }
}

/** `data` of a successful {@link createContract} response. */
export interface CreateContractOutput {
  contract?: Contract
}

/**
 * `corehr.v1.contract.create`: POST /open-apis/corehr/v1/contracts (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=contract&version=v1
 */
export const createContract = /*#__PURE__*/ endpoint<CreateContractInput, CreateContractOutput>({
  id: 'corehr.v1.contract.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/contracts',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        effective_time: string(),
        expiration_time: optional(string()),
        employment_id: string(),
        contract_type: looseObject({ enum_name: string() }),
        first_party_company_id: string(),
        person_id: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        duration_type: optional(looseObject({ enum_name: string() })),
        contract_end_date: optional(string()),
        contract_number: optional(string()),
        signing_type: optional(looseObject({ enum_name: string() })),
      }),
    }),
})

/** Input of {@link deleteContract}. */
export interface DeleteContractInput {
  path: { contract_id: string }
}

/** `data` of a successful {@link deleteContract} response. */
export type DeleteContractOutput = { [key: string]: unknown }

/**
 * `corehr.v1.contract.delete`: DELETE /open-apis/corehr/v1/contracts/:contract_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=contract&version=v1
 */
export const deleteContract = /*#__PURE__*/ endpoint<DeleteContractInput, DeleteContractOutput>({
  id: 'corehr.v1.contract.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/contracts/:contract_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ contract_id: string() }) }),
})

/** Input of {@link getContract}. */
export interface GetContractInput {
  path: { contract_id: string }
}

/** `data` of a successful {@link getContract} response. */
export interface GetContractOutput {
  contract?: Contract
}

/**
 * `corehr.v1.contract.get`: GET /open-apis/corehr/v1/contracts/:contract_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=contract&version=v1
 */
export const getContract = /*#__PURE__*/ endpoint<GetContractInput, GetContractOutput>({
  id: 'corehr.v1.contract.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/contracts/:contract_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ contract_id: string() }) }),
})

/** Input of {@link listContract}. */
export interface ListContractInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listContract} response. */
export interface ListContractOutput {
  items?: Contract[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.contract.list`: GET /open-apis/corehr/v1/contracts (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=contract&version=v1
 */
export const listContract = /*#__PURE__*/ endpoint<ListContractInput, ListContractOutput, true>({
  id: 'corehr.v1.contract.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/contracts',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})

/** Input of {@link patchContract}. */
export interface PatchContractInput {
  path: { contract_id: string }
  query?: { client_token?: string }
  body?: {
    effective_time?: string
    expiration_time?: string
    employment_id?: string
    contract_type?: { enum_name: string }
    first_party_company_id?: string
    person_id?: string
    custom_fields?: CustomField[]
    duration_type?: { enum_name: string }
    contract_end_date?: string
    contract_number?: string
    signing_type?: { enum_name: string }
  }
}

/** `data` of a successful {@link patchContract} response. */
export interface PatchContractOutput {
  contract?: Contract
}

/**
 * `corehr.v1.contract.patch`: PATCH /open-apis/corehr/v1/contracts/:contract_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=contract&version=v1
 */
export const patchContract = /*#__PURE__*/ endpoint<PatchContractInput, PatchContractOutput>({
  id: 'corehr.v1.contract.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/contracts/:contract_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ contract_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        effective_time: optional(string()),
        expiration_time: optional(string()),
        employment_id: optional(string()),
        contract_type: optional(looseObject({ enum_name: string() })),
        first_party_company_id: optional(string()),
        person_id: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        duration_type: optional(looseObject({ enum_name: string() })),
        contract_end_date: optional(string()),
        contract_number: optional(string()),
        signing_type: optional(looseObject({ enum_name: string() })),
      })),
    }),
})
