// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CustomFieldSchema, NameSchema } from './models.ts'
import type { CustomField, Name, NationalIdType } from './types.ts'

/** Input of {@link createNationalIdType}. */
export interface CreateNationalIdTypeInput {
  query?: { client_token?: string }
  body: {
    country_region_id: string
    name: Name[]
    active: boolean
    validation_rule: string
    validation_rule_description?: Name[]
    code: string
    identification_type: { enum_name: string }
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link createNationalIdType} response. */
export interface CreateNationalIdTypeOutput {
  national_id_type?: NationalIdType
}

/**
 * `corehr.v1.national_id_type.create`: POST /open-apis/corehr/v1/national_id_types (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=national_id_type&version=v1
 */
export const createNationalIdType = /*#__PURE__*/ endpoint<CreateNationalIdTypeInput, CreateNationalIdTypeOutput>({
  id: 'corehr.v1.national_id_type.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/national_id_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        country_region_id: string(),
        name: array(NameSchema()),
        active: boolean(),
        validation_rule: string(),
        validation_rule_description: optional(array(NameSchema())),
        code: string(),
        identification_type: looseObject({ enum_name: string() }),
        custom_fields: optional(array(CustomFieldSchema())),
      }),
    }),
})

/** Input of {@link deleteNationalIdType}. */
export interface DeleteNationalIdTypeInput {
  path: { national_id_type_id: string }
}

/** `data` of a successful {@link deleteNationalIdType} response. */
export type DeleteNationalIdTypeOutput = { [key: string]: unknown }

/**
 * `corehr.v1.national_id_type.delete`: DELETE /open-apis/corehr/v1/national_id_types/:national_id_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=national_id_type&version=v1
 */
export const deleteNationalIdType = /*#__PURE__*/ endpoint<DeleteNationalIdTypeInput, DeleteNationalIdTypeOutput>({
  id: 'corehr.v1.national_id_type.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/national_id_types/:national_id_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ national_id_type_id: string() }) }),
})

/** Input of {@link getNationalIdType}. */
export interface GetNationalIdTypeInput {
  path: { national_id_type_id: string }
}

/** `data` of a successful {@link getNationalIdType} response. */
export interface GetNationalIdTypeOutput {
  national_id_type?: NationalIdType
}

/**
 * `corehr.v1.national_id_type.get`: GET /open-apis/corehr/v1/national_id_types/:national_id_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=national_id_type&version=v1
 */
export const getNationalIdType = /*#__PURE__*/ endpoint<GetNationalIdTypeInput, GetNationalIdTypeOutput>({
  id: 'corehr.v1.national_id_type.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/national_id_types/:national_id_type_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ national_id_type_id: string() }) }),
})

/** Input of {@link listNationalIdType}. */
export interface ListNationalIdTypeInput {
  query: {
    page_token?: string
    page_size: string
    identification_type?: string
    code?: string
    country_region_id?: string
  }
}

/** `data` of a successful {@link listNationalIdType} response. */
export interface ListNationalIdTypeOutput {
  items?: NationalIdType[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.national_id_type.list`: GET /open-apis/corehr/v1/national_id_types (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=national_id_type&version=v1
 */
export const listNationalIdType = /*#__PURE__*/ endpoint<ListNationalIdTypeInput, ListNationalIdTypeOutput, true>({
  id: 'corehr.v1.national_id_type.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/national_id_types',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: string(),
        identification_type: optional(string()),
        code: optional(string()),
        country_region_id: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchNationalIdType}. */
export interface PatchNationalIdTypeInput {
  path: { national_id_type_id: string }
  query?: { client_token?: string }
  body?: {
    country_region_id?: string
    name?: Name[]
    active?: boolean
    validation_rule?: string
    validation_rule_description?: Name[]
    code?: string
    identification_type?: { enum_name: string }
    custom_fields?: CustomField[]
  }
}

/** `data` of a successful {@link patchNationalIdType} response. */
export interface PatchNationalIdTypeOutput {
  national_id_type?: NationalIdType
}

/**
 * `corehr.v1.national_id_type.patch`: PATCH /open-apis/corehr/v1/national_id_types/:national_id_type_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=national_id_type&version=v1
 */
export const patchNationalIdType = /*#__PURE__*/ endpoint<PatchNationalIdTypeInput, PatchNationalIdTypeOutput>({
  id: 'corehr.v1.national_id_type.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/national_id_types/:national_id_type_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ national_id_type_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        country_region_id: optional(string()),
        name: optional(array(NameSchema())),
        active: optional(boolean()),
        validation_rule: optional(string()),
        validation_rule_description: optional(array(NameSchema())),
        code: optional(string()),
        identification_type: optional(looseObject({ enum_name: string() })),
        custom_fields: optional(array(CustomFieldSchema())),
      })),
    }),
})
