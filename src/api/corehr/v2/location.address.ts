// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createLocationAddress}. */
export interface CreateLocationAddressInput {
  path: { location_id: string }
  query?: { client_token?: string; need_custom_latin_address?: boolean }
  body: {
    country_region_id: string
    region_id: string
    city_id: string
    distinct_id: string
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
    address_types?: { enum_name: string }[]
    is_primary?: boolean
    is_public?: boolean
  }
}

/** `data` of a successful {@link createLocationAddress} response. */
export interface CreateLocationAddressOutput {
  address_id?: string
}

/**
 * `corehr.v2.location.address.create`: POST /open-apis/corehr/v2/locations/:location_id/addresses (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=location.address&version=v2
 */
export const createLocationAddress = /*#__PURE__*/ endpoint<CreateLocationAddressInput, CreateLocationAddressOutput>({
  id: 'corehr.v2.location.address.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/locations/:location_id/addresses',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ location_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        need_custom_latin_address: optional(boolean()),
      })),
      body: looseObject({
        country_region_id: string(),
        region_id: string(),
        city_id: string(),
        distinct_id: string(),
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
        address_types: optional(array(looseObject({ enum_name: string() }))),
        is_primary: optional(boolean()),
        is_public: optional(boolean()),
      }),
    }),
})

/** Input of {@link deleteLocationAddress}. */
export interface DeleteLocationAddressInput {
  path: { location_id: string; address_id: string }
}

/** `data` of a successful {@link deleteLocationAddress} response. */
export type DeleteLocationAddressOutput = { [key: string]: unknown }

/**
 * `corehr.v2.location.address.delete`: DELETE /open-apis/corehr/v2/locations/:location_id/addresses/:address_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=location.address&version=v2
 */
export const deleteLocationAddress = /*#__PURE__*/ endpoint<DeleteLocationAddressInput, DeleteLocationAddressOutput>({
  id: 'corehr.v2.location.address.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v2/locations/:location_id/addresses/:address_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ location_id: string(), address_id: string() }) }),
})

/** Input of {@link patchLocationAddress}. */
export interface PatchLocationAddressInput {
  path: { location_id: string; address_id: string }
  query?: { client_token?: string; need_custom_latin_address?: boolean }
  body?: {
    country_region_id?: string
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
    address_types?: { enum_name: string }[]
    is_primary?: boolean
    is_public?: boolean
  }
}

/** `data` of a successful {@link patchLocationAddress} response. */
export type PatchLocationAddressOutput = { [key: string]: unknown }

/**
 * `corehr.v2.location.address.patch`: PATCH /open-apis/corehr/v2/locations/:location_id/addresses/:address_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=location.address&version=v2
 */
export const patchLocationAddress = /*#__PURE__*/ endpoint<PatchLocationAddressInput, PatchLocationAddressOutput>({
  id: 'corehr.v2.location.address.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/locations/:location_id/addresses/:address_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ location_id: string(), address_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        need_custom_latin_address: optional(boolean()),
      })),
      body: optional(looseObject({
        country_region_id: optional(string()),
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
        address_types: optional(array(looseObject({ enum_name: string() }))),
        is_primary: optional(boolean()),
        is_public: optional(boolean()),
      })),
    }),
})
