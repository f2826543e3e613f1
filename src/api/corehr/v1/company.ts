// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CreateFaxSchema, CurrencySchema, CustomFieldSchema, NameSchema, OfficeAddressInfoSchema } from './models.ts'
import type { Company, CreateCompany, CreateFax, Currency, CustomField, Name, OfficeAddressInfo } from './types.ts'

/** Input of {@link createCompany}. */
export interface CreateCompanyInput {
  query?: { client_token?: string }
  body: {
    hiberarchy_common: {
      parent_id?: string
      name: Name[]
      type?: { enum_name: string }
      active: boolean
      effective_time?: string
      expiration_time?: string
      code?: string
      description?: Name[]
      custom_fields?: CustomField[]
    }
    type?: { enum_name: string }
    industry_list?: { enum_name: string }[]
    legal_representative?: Name[]
    post_code?: string
    tax_payer_id?: string
    confidential?: boolean
    sub_type_list?: { enum_name: string }[]
    branch_company?: boolean
    primary_manager?: Name[]
    custom_fields?: CustomField[]
    currency?: Currency
    phone?: CreateFax
    fax?: CreateFax
    registered_office_address_info?: OfficeAddressInfo
    office_address_info?: OfficeAddressInfo
  }
}

/** `data` of a successful {@link createCompany} response. */
export interface CreateCompanyOutput {
  company?: CreateCompany
}

/**
 * `corehr.v1.company.create`: POST /open-apis/corehr/v1/companies (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=company&version=v1
 */
export const createCompany = /*#__PURE__*/ endpoint<CreateCompanyInput, CreateCompanyOutput>({
  id: 'corehr.v1.company.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/companies',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        hiberarchy_common: looseObject({
          parent_id: optional(string()),
          name: array(NameSchema()),
          type: optional(looseObject({ enum_name: string() })),
          active: boolean(),
          effective_time: optional(string()),
          expiration_time: optional(string()),
          code: optional(string()),
          description: optional(array(NameSchema())),
          custom_fields: optional(array(CustomFieldSchema())),
        }),
        type: optional(looseObject({ enum_name: string() })),
        industry_list: optional(array(looseObject({ enum_name: string() }))),
        legal_representative: optional(array(NameSchema())),
        post_code: optional(string()),
        tax_payer_id: optional(string()),
        confidential: optional(boolean()),
        sub_type_list: optional(array(looseObject({ enum_name: string() }))),
        branch_company: optional(boolean()),
        primary_manager: optional(array(NameSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
        currency: optional(CurrencySchema()),
        phone: optional(CreateFaxSchema()),
        fax: optional(CreateFaxSchema()),
        registered_office_address_info: optional(OfficeAddressInfoSchema()),
        office_address_info: optional(OfficeAddressInfoSchema()),
      }),
    }),
})

/** Input of {@link deleteCompany}. */
export interface DeleteCompanyInput {
  path: { company_id: string }
}

/** `data` of a successful {@link deleteCompany} response. */
export type DeleteCompanyOutput = { [key: string]: unknown }

/**
 * `corehr.v1.company.delete`: DELETE /open-apis/corehr/v1/companies/:company_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=company&version=v1
 */
export const deleteCompany = /*#__PURE__*/ endpoint<DeleteCompanyInput, DeleteCompanyOutput>({
  id: 'corehr.v1.company.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/companies/:company_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ company_id: string() }) }),
})

/** Input of {@link getCompany}. */
export interface GetCompanyInput {
  path: { company_id: string }
}

/** `data` of a successful {@link getCompany} response. */
export interface GetCompanyOutput {
  company?: Company
}

/**
 * `corehr.v1.company.get`: GET /open-apis/corehr/v1/companies/:company_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=company&version=v1
 */
export const getCompany = /*#__PURE__*/ endpoint<GetCompanyInput, GetCompanyOutput>({
  id: 'corehr.v1.company.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/companies/:company_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ company_id: string() }) }),
})

/** Input of {@link listCompany}. */
export interface ListCompanyInput {
  query: { page_token?: string; page_size: string; effective_date?: string }
}

/** `data` of a successful {@link listCompany} response. */
export interface ListCompanyOutput {
  items?: Company[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.company.list`: GET /open-apis/corehr/v1/companies (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=company&version=v1
 */
export const listCompany = /*#__PURE__*/ endpoint<ListCompanyInput, ListCompanyOutput, true>({
  id: 'corehr.v1.company.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/companies',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({ page_token: optional(string()), page_size: string(), effective_date: optional(string()) }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchCompany}. */
export interface PatchCompanyInput {
  path: { company_id: string }
  query?: { client_token?: string }
  body?: {
    hiberarchy_common?: {
      parent_id?: string
      name?: Name[]
      type?: { enum_name: string }
      active?: boolean
      effective_time: string
      expiration_time?: string
      code?: string
      description?: Name[]
      custom_fields?: CustomField[]
    }
    type?: { enum_name: string }
    industry_list?: { enum_name: string }[]
    legal_representative?: Name[]
    post_code?: string
    tax_payer_id?: string
    confidential?: boolean
    sub_type_list?: { enum_name: string }[]
    branch_company?: boolean
    primary_manager?: Name[]
    custom_fields?: CustomField[]
    currency?: Currency
    phone?: CreateFax
    fax?: CreateFax
    registered_office_address_info?: OfficeAddressInfo
    office_address_info?: OfficeAddressInfo
  }
}

/** `data` of a successful {@link patchCompany} response. */
export interface PatchCompanyOutput {
  company?: CreateCompany
}

/**
 * `corehr.v1.company.patch`: PATCH /open-apis/corehr/v1/companies/:company_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=company&version=v1
 */
export const patchCompany = /*#__PURE__*/ endpoint<PatchCompanyInput, PatchCompanyOutput>({
  id: 'corehr.v1.company.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/companies/:company_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ company_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        hiberarchy_common: optional(looseObject({
          parent_id: optional(string()),
          name: optional(array(NameSchema())),
          type: optional(looseObject({ enum_name: string() })),
          active: optional(boolean()),
          effective_time: string(),
          expiration_time: optional(string()),
          code: optional(string()),
          description: optional(array(NameSchema())),
          custom_fields: optional(array(CustomFieldSchema())),
        })),
        type: optional(looseObject({ enum_name: string() })),
        industry_list: optional(array(looseObject({ enum_name: string() }))),
        legal_representative: optional(array(NameSchema())),
        post_code: optional(string()),
        tax_payer_id: optional(string()),
        confidential: optional(boolean()),
        sub_type_list: optional(array(looseObject({ enum_name: string() }))),
        branch_company: optional(boolean()),
        primary_manager: optional(array(NameSchema())),
        custom_fields: optional(array(CustomFieldSchema())),
        currency: optional(CurrencySchema()),
        phone: optional(CreateFaxSchema()),
        fax: optional(CreateFaxSchema()),
        registered_office_address_info: optional(OfficeAddressInfoSchema()),
        office_address_info: optional(OfficeAddressInfoSchema()),
      })),
    }),
})
