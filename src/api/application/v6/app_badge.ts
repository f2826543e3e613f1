// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { MobileSchema } from './models.ts'
import type { Mobile } from './types.ts'

/** Input of {@link setAppBadge}. */
export interface SetAppBadgeInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { user_id: string; version: string; extra?: string; pc?: Mobile; mobile?: Mobile }
}

/** `data` of a successful {@link setAppBadge} response. */
export type SetAppBadgeOutput = { [key: string]: unknown }

/**
 * `application.v6.app_badge.set`: POST /open-apis/application/v6/app_badge/set (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=set&project=application&resource=app_badge&version=v6
 */
export const setAppBadge = /*#__PURE__*/ endpoint<SetAppBadgeInput, SetAppBadgeOutput>({
  id: 'application.v6.app_badge.set',
  method: 'POST',
  path: '/open-apis/application/v6/app_badge/set',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        user_id: string(),
        version: string(),
        extra: optional(string()),
        pc: optional(MobileSchema()),
        mobile: optional(MobileSchema()),
      }),
    }),
})
