// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AllowedEditModes` of catalog/bitable.v1.json. */
export interface AllowedEditModes {
  manual?: boolean
  scan?: boolean
}

/** Shared shape `AutoSerial` of catalog/bitable.v1.json. */
export interface AutoSerial {
  type: 'custom' | 'auto_increment_number'
  options?: { type: 'system_number' | 'fixed_text' | 'created_time'; value: string }[]
}

/** Shared shape `BlockRole` of catalog/bitable.v1.json. */
export interface BlockRole {
  block_id: string
  block_perm: number
}

/** Shared shape `Condition` of catalog/bitable.v1.json. */
export interface Condition {
  field_name: string
  operator:
    | 'is'
    | 'isNot'
    | 'contains'
    | 'doesNotContain'
    | 'isEmpty'
    | 'isNotEmpty'
    | 'isGreater'
    | 'isGreaterEqual'
    | 'isLess'
    | 'isLessEqual'
    | 'like'
    | 'in'
  value?: string[]
}

/** Shared shape `CreateFieldValue` of catalog/bitable.v1.json. */
export interface CreateFieldValue {
  id?: string
  name?: string
  en_name?: string
  email?: string
}

/** Shared shape `CreatedBy` of catalog/bitable.v1.json. */
export interface CreatedBy {
  id?: string
  name?: string
  en_name?: string
  email?: string
  avatar_url?: string
}

/** Shared shape `Description` of catalog/bitable.v1.json. */
export interface Description {
  disable_sync?: boolean
  text?: string
}

/** Shared shape `Field` of catalog/bitable.v1.json. */
export interface Field {
  field_name: string
  type: number
  property?: Property
  description?: Description
  is_primary?: boolean
  field_id?: string
  ui_type?:
    | 'Text'
    | 'Barcode'
    | 'Number'
    | 'Progress'
    | 'Currency'
    | 'Rating'
    | 'SingleSelect'
    | 'MultiSelect'
    | 'DateTime'
    | 'Checkbox'
    | 'User'
    | 'GroupChat'
    | 'Phone'
    | 'Url'
    | 'Attachment'
    | 'SingleLink'
    | 'Formula'
    | 'DuplexLink'
    | 'Location'
    | 'CreatedTime'
    | 'ModifiedTime'
    | 'CreatedUser'
    | 'ModifiedUser'
    | 'AutoNumber'
    | 'Email'
    | 'Signature'
  is_hidden?: boolean
}

/** Shared shape `FieldValue` of catalog/bitable.v1.json. */
export interface FieldValue {
  id?: string
  name?: string
  avatar_url?: string
}

/** Shared shape `FieldsValue` of catalog/bitable.v1.json. */
export interface FieldsValue {
  location?: string
  pname?: string
  cityname?: string
  adname?: string
  address?: string
  name?: string
  full_address?: string
}

/** Shared shape `FilterInfoCondition` of catalog/bitable.v1.json. */
export interface FilterInfoCondition {
  field_id: string
  operator:
    | 'is'
    | 'isNot'
    | 'contains'
    | 'doesNotContain'
    | 'isEmpty'
    | 'isNotEmpty'
    | 'isGreater'
    | 'isGreaterEqual'
    | 'isLess'
    | 'isLessEqual'
  value?: string
  condition_id?: string
  field_type?: number
}

/** Shared shape `Form` of catalog/bitable.v1.json. */
export interface Form {
  name?: string
  description?: string
  shared?: boolean
  shared_url?: string
  shared_limit?: 'off' | 'tenant_editable' | 'anyone_editable'
  submit_limit_once?: boolean
}

/** Shared shape `Item` of catalog/bitable.v1.json. */
export interface Item {
  field_name: string
  type: number
  property?: Property
  description?: string
  is_primary?: boolean
  field_id?: string
  ui_type?:
    | 'Text'
    | 'Barcode'
    | 'Number'
    | 'Progress'
    | 'Currency'
    | 'Rating'
    | 'SingleSelect'
    | 'MultiSelect'
    | 'DateTime'
    | 'Checkbox'
    | 'User'
    | 'GroupChat'
    | 'Phone'
    | 'Url'
    | 'Attachment'
    | 'SingleLink'
    | 'Formula'
    | 'DuplexLink'
    | 'Location'
    | 'CreatedTime'
    | 'ModifiedTime'
    | 'CreatedUser'
    | 'ModifiedUser'
    | 'AutoNumber'
  is_hidden?: boolean
}

/** Shared shape `Member` of catalog/bitable.v1.json. */
export interface Member {
  type?: 'open_id' | 'union_id' | 'user_id' | 'chat_id' | 'department_id' | 'open_department_id'
  id: string
}

/** Shared shape `Option` of catalog/bitable.v1.json. */
export interface Option {
  name?: string
  id?: string
  color?: number
}

/** Shared shape `Property` of catalog/bitable.v1.json. */
export interface Property {
  options?: Option[]
  formatter?: string
  date_formatter?: string
  auto_fill?: boolean
  multiple?: boolean
  table_id?: string
  table_name?: string
  back_field_name?: string
  auto_serial?: AutoSerial
  location?: { input_type: 'only_mobile' | 'not_limit' }
  formula_expression?: string
  allowed_edit_modes?: AllowedEditModes
  min?: number
  max?: number
  range_customize?: boolean
  currency_code?: string
  rating?: { symbol?: string }
  type?: Type
  filter_info?: {
    target_table?: string
    filter_info?: { conjunction: 'and' | 'or'; conditions: FilterInfoCondition[] }
  }
}

/** Shared shape `Record` of catalog/bitable.v1.json. */
export interface Record {
  fields: {
    [key: string]:
      | string
      | number
      | boolean
      | RecordFieldsValue
      | FieldsValue
      | FieldValue[]
      | string[]
      | CreatedBy[]
      | RecordFieldValue[]
  }
  record_id?: string
  created_by?: CreatedBy
  created_time?: number
  last_modified_by?: CreatedBy
  last_modified_time?: number
  shared_url?: string
  record_url?: string
}

/** Shared shape `RecordFieldValue` of catalog/bitable.v1.json. */
export interface RecordFieldValue {
  file_token?: string
  name?: string
  type?: string
  size?: number
  url?: string
  tmp_url?: string
}

/** Shared shape `RecordFieldsValue` of catalog/bitable.v1.json. */
export interface RecordFieldsValue {
  text?: string
  link?: string
}

/** Shared shape `RichDescription` of catalog/bitable.v1.json. */
export interface RichDescription {
  segment_type: 'text' | 'url'
  text: string
  link?: string
}

/** Shared shape `Role` of catalog/bitable.v1.json. */
export interface Role {
  role_name: string
  role_id?: string
  table_roles: {
    table_perm: number
    table_name?: string
    table_id?: string
    rec_rule?: {
      conditions: {
        field_name: string
        operator?: 'is' | 'isNot' | 'contains' | 'doesNotContain' | 'isEmpty' | 'isNotEmpty'
        value?: string[]
        field_type?: number
      }[]
      conjunction?: 'and' | 'or'
      other_perm?: number
    }
    field_perm?: { [key: string]: number }
    allow_add_record?: boolean
    allow_delete_record?: boolean
  }[]
  block_roles?: { block_id: string; block_type?: 'dashboard'; block_perm: number }[]
}

/** Shared shape `TableRole` of catalog/bitable.v1.json. */
export interface TableRole {
  table_perm: number
  table_name?: string
  table_id?: string
  rec_rule?: {
    conditions: {
      field_name: string
      operator?: 'is' | 'isNot' | 'contains' | 'doesNotContain' | 'isEmpty' | 'isNotEmpty'
      value?: string[]
    }[]
    conjunction?: 'and' | 'or'
    other_perm?: number
  }
  field_perm?: { [key: string]: number }
  allow_add_record?: boolean
  allow_delete_record?: boolean
}

/** Shared shape `Type` of catalog/bitable.v1.json. */
export interface Type {
  data_type: number
  ui_property?: {
    currency_code?: string
    formatter?: string
    range_customize?: boolean
    min?: number
    max?: number
    date_formatter?: string
    rating?: { symbol?: string }
  }
  ui_type?: 'Number' | 'Progress' | 'Currency' | 'Rating' | 'DateTime'
}

/** Shared shape `View` of catalog/bitable.v1.json. */
export interface View {
  view_id?: string
  view_name?: string
  view_type?: string
  property?: {
    filter_info?: { conjunction: 'and' | 'or'; conditions: FilterInfoCondition[]; condition_omitted?: boolean }
    hidden_fields?: string[]
    hierarchy_config?: { field_id?: string }
  }
}
