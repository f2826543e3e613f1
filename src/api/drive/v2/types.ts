// Generated from catalog/drive.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `PermType` of catalog/drive.v2.json. */
export interface PermType {
  external_access_entity?: string
  link_share_entity?: string
}

/** Shared shape `PermissionPublic` of catalog/drive.v2.json. */
export interface PermissionPublic {
  external_access_entity?: 'open' | 'closed' | 'allow_share_partner_tenant'
  security_entity?: 'anyone_can_view' | 'anyone_can_edit' | 'only_full_access'
  comment_entity?: 'anyone_can_view' | 'anyone_can_edit'
  share_entity?: 'anyone' | 'same_tenant'
  manage_collaborator_entity?: 'collaborator_can_view' | 'collaborator_can_edit' | 'collaborator_full_access'
  link_share_entity?:
    | 'closed'
    | 'tenant_editable'
    | 'anyone_editable'
    | 'tenant_readable'
    | 'anyone_readable'
    | 'partner_tenant_readable'
    | 'partner_tenant_editable'
  copy_entity?: 'anyone_can_view' | 'anyone_can_edit' | 'only_full_access'
  lock_switch?: boolean
  perm_type?: PermType
}
