// Generated from catalog/suite.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../core/valibot.ts'
import type { GetDocsApiMetaOutput } from './docs_api.meta.ts'
import type { SearchDocsApiObjectOutput } from './docs_api.object.ts'

/** Schema of {@link GetDocsApiMetaOutput}, for opt-in response validation. */
export const GetDocsApiMetaOutputSchema: GenericSchema<GetDocsApiMetaOutput> = /*#__PURE__*/ (() => looseObject({
  docs_metas: optional(array(looseObject({
    docs_token: optional(string()),
    docs_type: optional(string()),
    title: optional(string()),
    owner_id: optional(string()),
    create_time: optional(number()),
    latest_modify_user: optional(string()),
    latest_modify_time: optional(number()),
  }))),
}))()

/** Schema of {@link SearchDocsApiObjectOutput}, for opt-in response validation. */
export const SearchDocsApiObjectOutputSchema: GenericSchema<SearchDocsApiObjectOutput> = /*#__PURE__*/ (() => looseObject({
  docs_entities: optional(array(looseObject({
    docs_token: optional(string()),
    docs_type: optional(string()),
    title: optional(string()),
    owner_id: optional(string()),
  }))),
  has_more: optional(boolean()),
  total: optional(number()),
}))()
