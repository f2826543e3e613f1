// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, record, string } from '../../../core/valibot.ts'
import type {
  ActivityLabel,
  AuditLogListItem,
  Column,
  CreatedBy,
  Data,
  DepartmentDisplayInfo,
  Filter,
  GetItem,
  Item,
  Label,
  Left,
  Operator,
} from './types.ts'

/** Builds the schema of {@link ActivityLabel}. */
export function ActivityLabelSchema(): GenericSchema<ActivityLabel> {
  return looseObject({ language_code: optional(string()), text: optional(string()) })
}

/** Builds the schema of {@link AuditLogListItem}. */
export function AuditLogListItemSchema(): GenericSchema<AuditLogListItem> {
  return looseObject({
    log_id: optional(string()),
    op_time: optional(string()),
    log_type: optional(string()),
    operator: optional(OperatorSchema()),
    outsider: optional(boolean()),
    login_type: optional(string()),
    lark_tenant_id: optional(string()),
    apaas_tenant_id: optional(string()),
    user_geo: optional(string()),
    client_ip: optional(string()),
    ip_loc: optional(string()),
    ip_provider: optional(string()),
    referer: optional(string()),
    origin: optional(string()),
    api_path: optional(string()),
    full_path: optional(string()),
    user_agent: optional(string()),
    device_id: optional(string()),
    web_device_id: optional(string()),
    terminal_type: optional(string()),
    os_type: optional(string()),
    os_version: optional(string()),
    module: optional(string()),
    data_object: optional(string()),
    audit_scope: optional(string()),
    tenant_id: optional(string()),
    namespace: optional(string()),
    env_type: optional(string()),
    op_type: optional(string()),
    op_detail: optional(record(string(), string())),
    op_source: optional(string()),
    status: optional(string()),
    failed_reason_i18n: optional(record(string(), string())),
    data_changes: optional(array(string())),
    app_name: optional(record(string(), string())),
    keyword_field_app_version: optional(string()),
    keyword_field_functional_sub_module: optional(string()),
  })
}

/** Builds the schema of {@link Column}. */
export function ColumnSchema(): GenericSchema<Column> {
  return looseObject({
    name: string(),
    description: string(),
    data_type: string(),
    is_primary_key: boolean(),
    is_unique: boolean(),
    is_auto_increment: boolean(),
    is_array: boolean(),
    is_allow_null: boolean(),
    default_value: string(),
  })
}

/** Builds the schema of {@link CreatedBy}. */
export function CreatedBySchema(): GenericSchema<CreatedBy> {
  return looseObject({ id: optional(string()), name: optional(string()), avatar: optional(string()) })
}

/** Builds the schema of {@link Data}. */
export function DataSchema(): GenericSchema<Data> {
  return looseObject({
    log_id: optional(string()),
    basic_info: optional(looseObject({
      log_type: optional(string()),
      audit_scope: optional(string()),
      env_type: optional(string()),
      app_id: optional(string()),
      module: optional(string()),
      op_type: optional(string()),
      app_name: optional(record(string(), string())),
    })),
    op_info: optional(looseObject({
      operator: optional(OperatorSchema()),
      outsider: optional(boolean()),
      op_detail: optional(record(string(), string())),
      status: optional(string()),
      failed_reason: optional(string()),
      failed_reason_i18n: optional(record(string(), string())),
      op_time: optional(string()),
      data_object: optional(string()),
      op_source: optional(string()),
      data_changes: optional(array(string())),
    })),
    login_info: optional(looseObject({ login_type: optional(string()) })),
    device_info: optional(looseObject({
      device_id: optional(string()),
      web_device_id: optional(string()),
      terminal_type: optional(string()),
      os_type: optional(string()),
      os_version: optional(string()),
    })),
    net_info: optional(looseObject({
      client_ip: optional(string()),
      ip_loc: optional(string()),
      ip_provider: optional(string()),
      referer: optional(string()),
      origin: optional(string()),
      user_agent: optional(string()),
    })),
  })
}

/** Builds the schema of {@link DepartmentDisplayInfo}. */
export function DepartmentDisplayInfoSchema(): GenericSchema<DepartmentDisplayInfo> {
  return looseObject({ id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Filter}. */
export function FilterSchema(): GenericSchema<Filter> {
  return looseObject({
    conditions: optional(array(looseObject({
      index: optional(string()),
      left: optional(LeftSchema()),
      right: optional(LeftSchema()),
      operator: optional(string()),
    }))),
    logic_expression: optional(string()),
  })
}

/** Builds the schema of {@link GetItem}. */
export function GetItemSchema(): GenericSchema<GetItem> {
  return looseObject({
    api_name: string(),
    label: LabelSchema(),
    description: string(),
    value: string(),
    is_encrypted: optional(boolean()),
    object_api_name: optional(string()),
    object_label: optional(LabelSchema()),
    created_at: optional(number()),
    updated_at: number(),
    type: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    success: boolean(),
    id: optional(string()),
    errors: optional(array(looseObject({
      code: string(),
      message: string(),
      sub_code: optional(string()),
      fields: optional(array(string())),
    }))),
  })
}

/** Builds the schema of {@link Label}. */
export function LabelSchema(): GenericSchema<Label> {
  return looseObject({ zh_cn: string(), en_us: string() })
}

/** Builds the schema of {@link Left}. */
export function LeftSchema(): GenericSchema<Left> {
  return looseObject({
    type: optional(string()),
    settings: optional(string()),
    display_names: optional(array(string())),
  })
}

/** Builds the schema of {@link Operator}. */
export function OperatorSchema(): GenericSchema<Operator> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    tenant_id: optional(string()),
    email: optional(string()),
  })
}
