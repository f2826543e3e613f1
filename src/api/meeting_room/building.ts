// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../core/valibot.ts'
import type { Building } from './types.ts'

/** Input of {@link batchGetBuilding}. */
export interface BatchGetBuildingInput {
  query: { building_ids: string[]; fields?: string }
}

/** `data` of a successful {@link batchGetBuilding} response. */
export interface BatchGetBuildingOutput {
  buildings?: Building[]
}

/**
 * `meeting_room.building.batch_get`: GET /open-apis/meeting_room/building/batch_get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/query-building-details
 */
export const batchGetBuilding = /*#__PURE__*/ endpoint<BatchGetBuildingInput, BatchGetBuildingOutput>({
  id: 'meeting_room.building.batch_get',
  method: 'GET',
  path: '/open-apis/meeting_room/building/batch_get',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ building_ids: array(string()), fields: optional(string()) }) }),
})

/** Input of {@link batchGetBuildingId}. */
export interface BatchGetBuildingIdInput {
  query: { custom_building_ids: string[] }
}

/** `data` of a successful {@link batchGetBuildingId} response. */
export interface BatchGetBuildingIdOutput {
  buildings?: { building_id?: string; custom_building_id?: string }[]
}

/**
 * `meeting_room.building.batch_get_id`: GET /open-apis/meeting_room/building/batch_get_id (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-building-id
 */
export const batchGetBuildingId = /*#__PURE__*/ endpoint<BatchGetBuildingIdInput, BatchGetBuildingIdOutput>({
  id: 'meeting_room.building.batch_get_id',
  method: 'GET',
  path: '/open-apis/meeting_room/building/batch_get_id',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ custom_building_ids: array(string()) }) }),
})

/** Input of {@link createBuilding}. */
export interface CreateBuildingInput {
  body: { name: string; floors: string[]; country_id: string; district_id: string; custom_building_id?: string }
}

/** `data` of a successful {@link createBuilding} response. */
export interface CreateBuildingOutput {
  building_id?: string
}

/**
 * `meeting_room.building.create`: POST /open-apis/meeting_room/building/create (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/create-building
 */
export const createBuilding = /*#__PURE__*/ endpoint<CreateBuildingInput, CreateBuildingOutput>({
  id: 'meeting_room.building.create',
  method: 'POST',
  path: '/open-apis/meeting_room/building/create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        name: string(),
        floors: array(string()),
        country_id: string(),
        district_id: string(),
        custom_building_id: optional(string()),
      }),
    }),
})

/** Input of {@link deleteBuilding}. */
export interface DeleteBuildingInput {
  body: { building_id: string }
}

/** `data` of a successful {@link deleteBuilding} response. */
export type DeleteBuildingOutput = { [key: string]: unknown }

/**
 * `meeting_room.building.delete`: POST /open-apis/meeting_room/building/delete (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/delete-building
 */
export const deleteBuilding = /*#__PURE__*/ endpoint<DeleteBuildingInput, DeleteBuildingOutput>({
  id: 'meeting_room.building.delete',
  method: 'POST',
  path: '/open-apis/meeting_room/building/delete',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ building_id: string() }) }),
})

/** Input of {@link listBuilding}. */
export interface ListBuildingInput {
  query?: { page_size?: number; page_token?: string; order_by?: string; fields?: string }
}

/** `data` of a successful {@link listBuilding} response. */
export interface ListBuildingOutput {
  page_token?: string
  has_more?: boolean
  buildings?: Building[]
}

/**
 * `meeting_room.building.list`: GET /open-apis/meeting_room/building/list (tenant token).
 *
 * Paginated over `buildings`.
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-building-list
 */
export const listBuilding = /*#__PURE__*/ endpoint<ListBuildingInput, ListBuildingOutput, true>({
  id: 'meeting_room.building.list',
  method: 'GET',
  path: '/open-apis/meeting_room/building/list',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        order_by: optional(string()),
        fields: optional(string()),
      })),
    }),
  page: { items: 'buildings' },
})

/** Input of {@link updateBuilding}. */
export interface UpdateBuildingInput {
  body: {
    building_id: string
    name?: string
    floors?: string[]
    country_id?: string
    district_id?: string
    custom_building_id?: string
  }
}

/** `data` of a successful {@link updateBuilding} response. */
export type UpdateBuildingOutput = { [key: string]: unknown }

/**
 * `meeting_room.building.update`: POST /open-apis/meeting_room/building/update (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/update-building
 */
export const updateBuilding = /*#__PURE__*/ endpoint<UpdateBuildingInput, UpdateBuildingOutput>({
  id: 'meeting_room.building.update',
  method: 'POST',
  path: '/open-apis/meeting_room/building/update',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        building_id: string(),
        name: optional(string()),
        floors: optional(array(string())),
        country_id: optional(string()),
        district_id: optional(string()),
        custom_building_id: optional(string()),
      }),
    }),
})
