// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { CreateHiberarchyCommonSchema, CustomFieldSchema } from './models.ts'
import type { CreateHiberarchyCommon, CustomField, Location } from './types.ts'

/** Input of {@link createLocation}. */
export interface CreateLocationInput {
  query?: { client_token?: string }
  body: {
    hiberarchy_common: CreateHiberarchyCommon
    location_usage_list?: { enum_name: string }[]
    address?: {
      country_region_id: string
      region_id?: string
      city_id?: string
      distinct_id?: string
      address_line1?: string
      address_line2?: string
      address_line3?: string
      address_line4?: string
      address_line5?: string
      address_line6?: string
      address_line7?: string
      address_line8?: string
      address_line9?: string
      local_address_line1?: string
      local_address_line2?: string
      local_address_line3?: string
      local_address_line4?: string
      local_address_line5?: string
      local_address_line6?: string
      local_address_line7?: string
      local_address_line8?: string
      local_address_line9?: string
      postal_code?: string
      address_type_list?: { enum_name: string }[]
      is_primary?: boolean
      is_public?: boolean
      custom_fields?: CustomField[]
    }[]
    working_hours_type_id?: string
    effective_time: string
    expiration_time?: string
    custom_fields?: CustomField[]
    locale?: { enum_name: string }
    time_zone_id?: string
    display_language_id?: string
    is_prefer_manual_encoding?: boolean
  }
}

/** `data` of a successful {@link createLocation} response. */
export interface CreateLocationOutput {
  location?: Location
}

/**
 * `corehr.v1.location.create`: POST /open-apis/corehr/v1/locations (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=location&version=v1
 */
export const createLocation = /*#__PURE__*/ endpoint<CreateLocationInput, CreateLocationOutput>({
  id: 'corehr.v1.location.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/locations',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        hiberarchy_common: CreateHiberarchyCommonSchema(),
        location_usage_list: optional(array(looseObject({ enum_name: string() }))),
        address: optional(array(looseObject({
          country_region_id: string(),
          region_id: optional(string()),
          city_id: optional(string()),
          distinct_id: optional(string()),
          address_line1: optional(string()),
          address_line2: optional(string()),
          address_line3: optional(string()),
          address_line4: optional(string()),
          address_line5: optional(string()),
          address_line6: optional(string()),
          address_line7: optional(string()),
          address_line8: optional(string()),
          address_line9: optional(string()),
          local_address_line1: optional(string()),
          local_address_line2: optional(string()),
          local_address_line3: optional(string()),
          local_address_line4: optional(string()),
          local_address_line5: optional(string()),
          local_address_line6: optional(string()),
          local_address_line7: optional(string()),
          local_address_line8: optional(string()),
          local_address_line9: optional(string()),
          postal_code: optional(string()),
          address_type_list: optional(array(looseObject({ enum_name: string() }))),
          is_primary: optional(boolean()),
          is_public: optional(boolean()),
          custom_fields: optional(array(CustomFieldSchema())),
        }))),
        working_hours_type_id: optional(string()),
        effective_time: string(),
        expiration_time: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        locale: optional(looseObject({ enum_name: string() })),
        time_zone_id: optional(string()),
        display_language_id: optional(string()),
        is_prefer_manual_encoding: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteLocation}. */
export interface DeleteLocationInput {
  path: { location_id: string }
}

/** `data` of a successful {@link deleteLocation} response. */
export type DeleteLocationOutput = { [key: string]: unknown }

/**
 * `corehr.v1.location.delete`: DELETE /open-apis/corehr/v1/locations/:location_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=location&version=v1
 */
export const deleteLocation = /*#__PURE__*/ endpoint<DeleteLocationInput, DeleteLocationOutput>({
  id: 'corehr.v1.location.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/locations/:location_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ location_id: string() }) }),
})

/** Input of {@link getLocation}. */
export interface GetLocationInput {
  path: { location_id: string }
}

/** `data` of a successful {@link getLocation} response. */
export interface GetLocationOutput {
  location?: Location
}

/**
 * `corehr.v1.location.get`: GET /open-apis/corehr/v1/locations/:location_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=location&version=v1
 */
export const getLocation = /*#__PURE__*/ endpoint<GetLocationInput, GetLocationOutput>({
  id: 'corehr.v1.location.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/locations/:location_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ location_id: string() }) }),
})

/** Input of {@link listLocation}. */
export interface ListLocationInput {
  query: { page_token?: string; page_size: string }
}

/** `data` of a successful {@link listLocation} response. */
export interface ListLocationOutput {
  items?: Location[]
  has_more?: boolean
  page_token?: string
}

/**
 * `corehr.v1.location.list`: GET /open-apis/corehr/v1/locations (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=location&version=v1
 */
export const listLocation = /*#__PURE__*/ endpoint<ListLocationInput, ListLocationOutput, true>({
  id: 'corehr.v1.location.list',
  method: 'GET',
  path: '/open-apis/corehr/v1/locations',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ page_token: optional(string()), page_size: string() }) }),
  page: { items: 'items' },
})
