// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Acl` of catalog/search.v2.json. */
export interface Acl {
  access?: 'allow' | 'deny'
  value?: string
  type?:
    | 'user_id'
    | 'open_id'
    | 'union_id'
    | 'department_id'
    | 'open_department_id'
    | 'group_id'
    | 'app_group_id'
    | 'user'
    | 'group'
}

/** Shared shape `AnswerOption` of catalog/search.v2.json. */
export interface AnswerOption {
  is_searchable?: boolean
  is_returnable?: boolean
}

/** Shared shape `ConnectorParam` of catalog/search.v2.json. */
export interface ConnectorParam {
  callback_user_id_type?: number
  callback_endpoint?: string
}

/** Shared shape `Content` of catalog/search.v2.json. */
export interface Content {
  format?: 'html' | 'plaintext'
  content_data?: string
}

/** Shared shape `CreateTime` of catalog/search.v2.json. */
export interface CreateTime {
  start?: number
  end?: number
}

/** Shared shape `DataSource` of catalog/search.v2.json. */
export interface DataSource {
  id?: string
  name: string
  state?: number
  description?: string
  create_time?: string
  update_time?: string
  is_exceed_quota?: boolean
  icon_url?: string
  template?: string
  searchable_fields?: string[]
  i18n_name?: I18nDescription
  i18n_description?: I18nDescription
  schema_id?: string
  app_id?: string
  connect_type?: number
  connector_param?: ConnectorParam
  enable_answer?: boolean
}

/** Shared shape `Display` of catalog/search.v2.json. */
export interface Display {
  card_key: 'search_common_card'
  fields_mapping?: { display_field: string; data_field: string }[]
}

/** Shared shape `I18nDescription` of catalog/search.v2.json. */
export interface I18nDescription {
  zh_cn?: string
  en_us?: string
  ja_jp?: string
}

/** Shared shape `Metadata` of catalog/search.v2.json. */
export interface Metadata {
  title: string
  source_url: string
  create_time?: number
  update_time?: number
  source_url_mobile?: string
}

/** Shared shape `Propertie` of catalog/search.v2.json. */
export interface Propertie {
  name: string
  type: 'text' | 'int' | 'tag' | 'timestamp' | 'double' | 'tinytext' | 'user_ids'
  is_searchable?: boolean
  is_sortable?: boolean
  is_returnable?: boolean
  sort_options?: { priority?: number; order?: 'asc' | 'desc' }
  type_definitions?: {
    tag?: { name: string; color: 'red' | 'green' | 'blue' | 'grey' | 'yellow'; text: string }[]
    user_ids?: { id_type: 'open_id' | 'union_id' | 'user_id' }
  }
  search_options?: {
    enable_semantic_match?: boolean
    enable_exact_match?: boolean
    enable_prefix_match?: boolean
    enable_number_suffix_match?: boolean
    enable_camel_match?: boolean
  }
  is_filterable?: boolean
  filter_options?: {
    display_name: string
    i18n_display_name?: I18nDescription
    option_mode?: 'single' | 'multiple'
    associated_smart_filter?: 'from' | 'date'
    filter_type?: 'user' | 'time' | 'searchable' | 'predefine_enum'
    predefine_enum_values?: { name: string; text: string }[]
    enable_client_filter?: boolean
    reference_datasource_id?: string
  }
  answer_option?: AnswerOption
  desc?: string
}

/** Shared shape `Schema` of catalog/search.v2.json. */
export interface Schema {
  properties: Propertie[]
  display: Display
  schema_id: string
}
