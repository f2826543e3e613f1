// Generated from catalog/meeting_room.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'

/** Input of {@link listCountry}. */
export type ListCountryInput = { [key: string]: never }

/** `data` of a successful {@link listCountry} response. */
export interface ListCountryOutput {
  countries?: { country_id?: string; name?: string }[]
}

/**
 * `meeting_room.country.list`: GET /open-apis/meeting_room/country/list (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version/meeting_room-v1/api-reference/obtain-country/region-list
 */
export const listCountry = /*#__PURE__*/ endpoint<ListCountryInput, ListCountryOutput>({
  id: 'meeting_room.country.list',
  method: 'GET',
  path: '/open-apis/meeting_room/country/list',
  tokens: ['tenant'],
})
