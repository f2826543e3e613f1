// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Approval, Group, Instance, Link } from './types.ts'

/** Builds the schema of {@link Approval}. */
export function ApprovalSchema(): GenericSchema<Approval> {
  return looseObject({
    code: optional(string()),
    name: optional(string()),
    is_external: optional(boolean()),
    external: optional(looseObject({ batch_cc_read: optional(boolean()) })),
  })
}

/** Builds the schema of {@link Group}. */
export function GroupSchema(): GenericSchema<Group> {
  return looseObject({ external_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Instance}. */
export function InstanceSchema(): GenericSchema<Instance> {
  return looseObject({
    code: optional(string()),
    external_id: optional(string()),
    user_id: optional(string()),
    start_time: optional(number()),
    end_time: optional(number()),
    status: optional(string()),
    title: optional(string()),
    extra: optional(string()),
    serial_id: optional(string()),
    link: optional(LinkSchema()),
  })
}

/** Builds the schema of {@link Link}. */
export function LinkSchema(): GenericSchema<Link> {
  return looseObject({ pc_link: optional(string()), mobile_link: optional(string()) })
}
