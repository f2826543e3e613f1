// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { DataSchema } from './models.ts'
import type { GetBatchCountryRegionOutput } from './batch_country_region.ts'
import type { ListCountryRegionOutput } from './country_region.ts'

/** Schema of {@link GetBatchCountryRegionOutput}, for opt-in response validation. */
export const GetBatchCountryRegionOutputSchema: GenericSchema<GetBatchCountryRegionOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(array(DataSchema())),
}))()

/** Schema of {@link ListCountryRegionOutput}, for opt-in response validation. */
export const ListCountryRegionOutputSchema: GenericSchema<ListCountryRegionOutput> = /*#__PURE__*/ (() => looseObject({
  data: optional(array(DataSchema())),
  total: optional(string()),
  next_page_token: optional(string()),
}))()
