// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AddVisibleListSchema } from './models.ts'
import type { AddVisibleList } from './types.ts'

/** Input of {@link patchApplicationContactsRange}. */
export interface PatchApplicationContactsRangeInput {
  path: { app_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
  }
  body: {
    contacts_range_type: 'equal_to_availability' | 'some' | 'all'
    add_visible_list?: AddVisibleList
    del_visible_list?: AddVisibleList
  }
}

/** `data` of a successful {@link patchApplicationContactsRange} response. */
export type PatchApplicationContactsRangeOutput = { [key: string]: unknown }

/**
 * `application.v6.application.contacts_range.patch`: PATCH /open-apis/application/v6/applications/:app_id/contacts_range (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.contacts_range&version=v6
 */
export const patchApplicationContactsRange = /*#__PURE__*/ endpoint<PatchApplicationContactsRangeInput, PatchApplicationContactsRangeOutput>({
  id: 'application.v6.application.contacts_range.patch',
  method: 'PATCH',
  path: '/open-apis/application/v6/applications/:app_id/contacts_range',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      })),
      body: looseObject({
        contacts_range_type: picklist(['equal_to_availability', 'some', 'all']),
        add_visible_list: optional(AddVisibleListSchema()),
        del_visible_list: optional(AddVisibleListSchema()),
      }),
    }),
})
