// Generated from catalog/security_and_compliance.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { UserMigrationSchema } from './models.ts'
import type { GetMultiGeoEntityTenantOutput } from './multi_geo_entity.tenant.ts'
import type { ListOpenapiLogDataOutput } from './openapi_log.ts'
import type {
  CancelUserMigrationOutput,
  CreateUserMigrationOutput,
  GetUserMigrationOutput,
  SearchUserMigrationOutput,
} from './user_migration.ts'

/** Schema of {@link GetMultiGeoEntityTenantOutput}, for opt-in response validation. */
export const GetMultiGeoEntityTenantOutputSchema: GenericSchema<GetMultiGeoEntityTenantOutput> = /*#__PURE__*/ (() => looseObject({
  tenant: optional(looseObject({ available_geo_locations: array(string()) })),
}))()

/** Schema of {@link ListOpenapiLogDataOutput}, for opt-in response validation. */
export const ListOpenapiLogDataOutputSchema: GenericSchema<ListOpenapiLogDataOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(looseObject({
    id: string(),
    api_key: string(),
    event_time: optional(number()),
    app_id: optional(string()),
    ip: optional(string()),
    log_detail: optional(looseObject({
      path: optional(string()),
      method: optional(string()),
      query_param: optional(string()),
      payload: optional(string()),
      status_code: optional(number()),
      response: optional(string()),
    })),
  }))),
  page_token: optional(string()),
  has_more: optional(boolean()),
}))()

/** Schema of {@link CancelUserMigrationOutput}, for opt-in response validation. */
export const CancelUserMigrationOutputSchema: GenericSchema<CancelUserMigrationOutput> = /*#__PURE__*/ (() => looseObject({
}))()

/** Schema of {@link CreateUserMigrationOutput}, for opt-in response validation. */
export const CreateUserMigrationOutputSchema: GenericSchema<CreateUserMigrationOutput> = /*#__PURE__*/ (() => looseObject({
  user_migrations: optional(array(UserMigrationSchema())),
}))()

/** Schema of {@link GetUserMigrationOutput}, for opt-in response validation. */
export const GetUserMigrationOutputSchema: GenericSchema<GetUserMigrationOutput> = /*#__PURE__*/ (() => looseObject({
  user_migration: optional(UserMigrationSchema()),
}))()

/** Schema of {@link SearchUserMigrationOutput}, for opt-in response validation. */
export const SearchUserMigrationOutputSchema: GenericSchema<SearchUserMigrationOutput> = /*#__PURE__*/ (() => looseObject({
  items: optional(array(UserMigrationSchema())),
}))()
