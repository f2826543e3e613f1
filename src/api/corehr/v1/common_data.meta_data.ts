// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { EnumFieldOptionNameSchema } from './models.ts'
import type { EnumFieldOption, EnumFieldOptionName } from './types.ts'

/** Input of {@link addCommonDataMetaDataEnumOption}. */
export interface AddCommonDataMetaDataEnumOptionInput {
  query?: { client_token?: string }
  body: {
    object_api_name: string
    enum_field_api_name: string
    enum_field_options: { option_api_name: string; name: EnumFieldOptionName }[]
  }
}

/** `data` of a successful {@link addCommonDataMetaDataEnumOption} response. */
export interface AddCommonDataMetaDataEnumOptionOutput {
  enum_field_api_name?: string
  enum_field_options?: EnumFieldOption[]
}

/**
 * `corehr.v1.common_data.meta_data.add_enum_option`: POST /open-apis/corehr/v1/common_data/meta_data/add_enum_option (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=add_enum_option&project=corehr&resource=common_data.meta_data&version=v1
 */
export const addCommonDataMetaDataEnumOption = /*#__PURE__*/ endpoint<AddCommonDataMetaDataEnumOptionInput, AddCommonDataMetaDataEnumOptionOutput>({
  id: 'corehr.v1.common_data.meta_data.add_enum_option',
  method: 'POST',
  path: '/open-apis/corehr/v1/common_data/meta_data/add_enum_option',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        object_api_name: string(),
        enum_field_api_name: string(),
        enum_field_options: array(looseObject({ option_api_name: string(), name: EnumFieldOptionNameSchema() })),
      }),
    }),
})

/** Input of {@link editCommonDataMetaDataEnumOption}. */
export interface EditCommonDataMetaDataEnumOptionInput {
  query?: { client_token?: string }
  body: {
    object_api_name: string
    enum_field_api_name: string
    enum_field_option: { option_api_name: string; active: boolean; name: EnumFieldOptionName }
  }
}

/** `data` of a successful {@link editCommonDataMetaDataEnumOption} response. */
export interface EditCommonDataMetaDataEnumOptionOutput {
  enum_field_api_name?: string
  enum_field_options?: EnumFieldOption[]
}

/**
 * `corehr.v1.common_data.meta_data.edit_enum_option`: POST /open-apis/corehr/v1/common_data/meta_data/edit_enum_option (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=edit_enum_option&project=corehr&resource=common_data.meta_data&version=v1
 */
export const editCommonDataMetaDataEnumOption = /*#__PURE__*/ endpoint<EditCommonDataMetaDataEnumOptionInput, EditCommonDataMetaDataEnumOptionOutput>({
  id: 'corehr.v1.common_data.meta_data.edit_enum_option',
  method: 'POST',
  path: '/open-apis/corehr/v1/common_data/meta_data/edit_enum_option',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        object_api_name: string(),
        enum_field_api_name: string(),
        enum_field_option: looseObject({
          option_api_name: string(),
          active: boolean(),
          name: EnumFieldOptionNameSchema(),
        }),
      }),
    }),
})
