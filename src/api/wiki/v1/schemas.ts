// Generated from catalog/wiki.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { SearchNodeOutput } from './node.ts'

/** Schema of {@link SearchNodeOutput}, for opt-in response validation. */
export const SearchNodeOutputSchema: GenericSchema<SearchNodeOutput> = /*#__PURE__*/ (() => looseObject({
  items: array(looseObject({
    node_id: string(),
    space_id: string(),
    obj_type: number(),
    title: string(),
    url: optional(string()),
    icon: optional(string()),
    obj_token: string(),
    create_time: optional(string()),
    update_time: optional(string()),
    delete_time: optional(string()),
    child_num: number(),
    version: number(),
  })),
  page_token: optional(string()),
  has_more: boolean(),
}))()
