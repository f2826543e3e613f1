// Generated from catalog/application.v5.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { AppSchema } from './models.ts'
import type { FavouriteApplicationOutput, RecommendApplicationOutput } from './application.ts'

/** Schema of {@link FavouriteApplicationOutput}, for opt-in response validation. */
export const FavouriteApplicationOutputSchema: GenericSchema<FavouriteApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  total_count: optional(number()),
  has_more: optional(boolean()),
  app_list: optional(array(AppSchema())),
}))()

/** Schema of {@link RecommendApplicationOutput}, for opt-in response validation. */
export const RecommendApplicationOutputSchema: GenericSchema<RecommendApplicationOutput> = /*#__PURE__*/ (() => looseObject({
  page_token: optional(string()),
  page_size: optional(number()),
  total_count: optional(number()),
  has_more: optional(boolean()),
  app_list: optional(array(AppSchema())),
}))()
