// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Add, AddScope, VisibleList } from './types.ts'

/** Builds the schema of {@link Add}. */
export function AddSchema(): GenericSchema<Add> {
  return looseObject({
    redirect_urls: optional(array(string())),
    allowed_ips: optional(array(string())),
    h5_trusted_domains: optional(array(string())),
    web_view_trusted_domains: optional(array(string())),
    allowed_schemas: optional(array(string())),
    allowed_server_domains: optional(array(string())),
  })
}

/** Builds the schema of {@link AddScope}. */
export function AddScopeSchema(): GenericSchema<AddScope> {
  return looseObject({ scope_name: string(), token_type: picklist(['user', 'tenant']) })
}

/** Builds the schema of {@link VisibleList}. */
export function VisibleListSchema(): GenericSchema<VisibleList> {
  return looseObject({ user_ids: optional(array(string())), department_ids: optional(array(string())) })
}
