// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { PermType, PermissionPublic } from './types.ts'

/** Builds the schema of {@link PermType}. */
export function PermTypeSchema(): GenericSchema<PermType> {
  return looseObject({ external_access_entity: optional(string()), link_share_entity: optional(string()) })
}

/** Builds the schema of {@link PermissionPublic}. */
export function PermissionPublicSchema(): GenericSchema<PermissionPublic> {
  return looseObject({
    external_access_entity: optional(picklist(['open', 'closed', 'allow_share_partner_tenant'])),
    security_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit', 'only_full_access'])),
    comment_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit'])),
    share_entity: optional(picklist(['anyone', 'same_tenant'])),
    manage_collaborator_entity: optional(picklist([
      'collaborator_can_view',
      'collaborator_can_edit',
      'collaborator_full_access',
    ])),
    link_share_entity: optional(picklist([
      'closed',
      'tenant_editable',
      'anyone_editable',
      'tenant_readable',
      'anyone_readable',
      'partner_tenant_readable',
      'partner_tenant_editable',
    ])),
    copy_entity: optional(picklist(['anyone_can_view', 'anyone_can_edit', 'only_full_access'])),
    lock_switch: optional(boolean()),
    perm_type: optional(PermTypeSchema()),
  })
}
