// Generated from catalog/workplace.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { AccessDataSchema } from './models.ts'
import type { SearchCustomWorkplaceAccessDataOutput } from './custom_workplace_access_data.ts'
import type { SearchWorkplaceAccessDataOutput } from './workplace_access_data.ts'
import type { SearchWorkplaceBlockAccessDataOutput } from './workplace_block_access_data.ts'

/** Schema of {@link SearchCustomWorkplaceAccessDataOutput}, for opt-in response validation. */
export const SearchCustomWorkplaceAccessDataOutputSchema: GenericSchema<SearchCustomWorkplaceAccessDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    custom_workplace_id: optional(string()),
    access_data: optional(AccessDataSchema()),
    date: optional(string()),
    custom_workplace_name: optional(array(looseObject({ language: optional(string()), name: optional(string()) }))),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link SearchWorkplaceAccessDataOutput}, for opt-in response validation. */
export const SearchWorkplaceAccessDataOutputSchema: GenericSchema<SearchWorkplaceAccessDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    date: optional(string()),
    all_workplace: optional(AccessDataSchema()),
    default_workplace: optional(AccessDataSchema()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()

/** Schema of {@link SearchWorkplaceBlockAccessDataOutput}, for opt-in response validation. */
export const SearchWorkplaceBlockAccessDataOutputSchema: GenericSchema<SearchWorkplaceBlockAccessDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    date: optional(string()),
    block_id: optional(string()),
    access_data: optional(AccessDataSchema()),
  }))),
  has_more: optional(boolean()),
  page_token: optional(string()),
}))()
