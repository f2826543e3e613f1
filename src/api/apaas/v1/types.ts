// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `ActivityLabel` of catalog/apaas.v1.json. */
export interface ActivityLabel {
  language_code?: string
  text?: string
}

/** Shared shape `AuditLogListItem` of catalog/apaas.v1.json. */
export interface AuditLogListItem {
  log_id?: string
  op_time?: string
  log_type?: string
  operator?: Operator
  outsider?: boolean
  login_type?: string
  lark_tenant_id?: string
  apaas_tenant_id?: string
  user_geo?: string
  client_ip?: string
  ip_loc?: string
  ip_provider?: string
  referer?: string
  origin?: string
  api_path?: string
  full_path?: string
  user_agent?: string
  device_id?: string
  web_device_id?: string
  terminal_type?: string
  os_type?: string
  os_version?: string
  module?: string
  data_object?: string
  audit_scope?: string
  tenant_id?: string
  namespace?: string
  env_type?: string
  op_type?: string
  op_detail?: { [key: string]: string }
  op_source?: string
  status?: string
  failed_reason_i18n?: { [key: string]: string }
  data_changes?: string[]
  app_name?: { [key: string]: string }
  keyword_field_app_version?: string
  keyword_field_functional_sub_module?: string
}

/** Shared shape `Column` of catalog/apaas.v1.json. */
export interface Column {
  name: string
  description: string
  data_type: string
  is_primary_key: boolean
  is_unique: boolean
  is_auto_increment: boolean
  is_array: boolean
  is_allow_null: boolean
  default_value: string
}

/** Shared shape `CreatedBy` of catalog/apaas.v1.json. */
export interface CreatedBy {
  id?: string
  name?: string
  avatar?: string
}

/** Shared shape `Data` of catalog/apaas.v1.json. */
export interface Data {
  log_id?: string
  basic_info?: {
    log_type?: string
    audit_scope?: string
    env_type?: string
    app_id?: string
    module?: string
    op_type?: string
    app_name?: { [key: string]: string }
  }
  op_info?: {
    operator?: Operator
    outsider?: boolean
    op_detail?: { [key: string]: string }
    status?: string
    failed_reason?: string
    failed_reason_i18n?: { [key: string]: string }
    op_time?: string
    data_object?: string
    op_source?: string
    data_changes?: string[]
  }
  login_info?: { login_type?: string }
  device_info?: {
    device_id?: string
    web_device_id?: string
    terminal_type?: string
    os_type?: string
    os_version?: string
  }
  net_info?: {
    client_ip?: string
    ip_loc?: string
    ip_provider?: string
    referer?: string
    origin?: string
    user_agent?: string
  }
}

/** Shared shape `DepartmentDisplayInfo` of catalog/apaas.v1.json. */
export interface DepartmentDisplayInfo {
  id?: string
  name?: string
}

/** Shared shape `Filter` of catalog/apaas.v1.json. */
export interface Filter {
  conditions?: { index?: string; left?: Left; right?: Left; operator?: string }[]
  logic_expression?: string
}

/** Shared shape `GetItem` of catalog/apaas.v1.json. */
export interface GetItem {
  api_name: string
  label: Label
  description: string
  value: string
  is_encrypted?: boolean
  object_api_name?: string
  object_label?: Label
  created_at?: number
  updated_at: number
  type?: string
}

/** Shared shape `Item` of catalog/apaas.v1.json. */
export interface Item {
  success: boolean
  id?: string
  errors?: { code: string; message: string; sub_code?: string; fields?: string[] }[]
}

/** Shared shape `Label` of catalog/apaas.v1.json. */
export interface Label {
  zh_cn: string
  en_us: string
}

/** Shared shape `Left` of catalog/apaas.v1.json. */
export interface Left {
  type?: string
  settings?: string
  display_names?: string[]
}

/** Shared shape `Operator` of catalog/apaas.v1.json. */
export interface Operator {
  id?: string
  name?: string
  tenant_id?: string
  email?: string
}
