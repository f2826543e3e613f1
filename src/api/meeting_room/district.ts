// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { looseObject, number } from '../../core/valibot.ts'

/** Input of {@link listDistrict}. */
export interface ListDistrictInput {
  query: { country_id: number }
}

/** `data` of a successful {@link listDistrict} response. */
export interface ListDistrictOutput {
  districts?: { district_id?: string; name?: string }[]
}

/**
 * `meeting_room.district.list`: GET /open-apis/meeting_room/district/list (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-city-list
 */
export const listDistrict = /*#__PURE__*/ endpoint<ListDistrictInput, ListDistrictOutput>({
  id: 'meeting_room.district.list',
  method: 'GET',
  path: '/open-apis/meeting_room/district/list',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ country_id: number() }) }),
})
