// Generated from catalog/application.v5.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { App } from './types.ts'

/** Builds the schema of {@link App}. */
export function AppSchema(): GenericSchema<App> {
  return looseObject({
    app_id: string(),
    app_name: string(),
    description: string(),
    app_type: picklist(['app', 'shortcut']),
    avatar_url: string(),
    open_methods: array(looseObject({
      type: optional(picklist(['mobile_gadget', 'mobile_web', 'pc_gadget', 'pc_web', 'bot'])),
      applink: optional(string()),
    })),
  })
}
