// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  Acl,
  AnswerOption,
  ConnectorParam,
  Content,
  CreateTime,
  DataSource,
  Display,
  I18nDescription,
  Metadata,
  Propertie,
  Schema,
} from './types.ts'

/** Builds the schema of {@link Acl}. */
export function AclSchema(): GenericSchema<Acl> {
  return looseObject({
    access: optional(picklist(['allow', 'deny'])),
    value: optional(string()),
    type: optional(picklist([
      'user_id',
      'open_id',
      'union_id',
      'department_id',
      'open_department_id',
      'group_id',
      'app_group_id',
      'user',
      'group',
    ])),
  })
}

/** Builds the schema of {@link AnswerOption}. */
export function AnswerOptionSchema(): GenericSchema<AnswerOption> {
  return looseObject({ is_searchable: optional(boolean()), is_returnable: optional(boolean()) })
}

/** Builds the schema of {@link ConnectorParam}. */
export function ConnectorParamSchema(): GenericSchema<ConnectorParam> {
  return looseObject({ callback_user_id_type: optional(number()), callback_endpoint: optional(string()) })
}

/** Builds the schema of {@link Content}. */
export function ContentSchema(): GenericSchema<Content> {
  return looseObject({ format: optional(picklist(['html', 'plaintext'])), content_data: optional(string()) })
}

/** Builds the schema of {@link CreateTime}. */
export function CreateTimeSchema(): GenericSchema<CreateTime> {
  return looseObject({ start: optional(number()), end: optional(number()) })
}

/** Builds the schema of {@link DataSource}. */
export function DataSourceSchema(): GenericSchema<DataSource> {
  return looseObject({
    id: optional(string()),
    name: string(),
    state: optional(number()),
    description: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    is_exceed_quota: optional(boolean()),
    icon_url: optional(string()),
    template: optional(string()),
    searchable_fields: optional(array(string())),
    i18n_name: optional(I18nDescriptionSchema()),
    i18n_description: optional(I18nDescriptionSchema()),
    schema_id: optional(string()),
    app_id: optional(string()),
    connect_type: optional(number()),
    connector_param: optional(ConnectorParamSchema()),
    enable_answer: optional(boolean()),
  })
}

/** Builds the schema of {@link Display}. */
export function DisplaySchema(): GenericSchema<Display> {
  return looseObject({
    card_key: picklist(['search_common_card']),
    fields_mapping: optional(array(looseObject({ display_field: string(), data_field: string() }))),
  })
}

/** Builds the schema of {@link I18nDescription}. */
export function I18nDescriptionSchema(): GenericSchema<I18nDescription> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()), ja_jp: optional(string()) })
}

/** Builds the schema of {@link Metadata}. */
export function MetadataSchema(): GenericSchema<Metadata> {
  return looseObject({
    title: string(),
    source_url: string(),
    create_time: optional(number()),
    update_time: optional(number()),
    source_url_mobile: optional(string()),
  })
}

/** Builds the schema of {@link Propertie}. */
export function PropertieSchema(): GenericSchema<Propertie> {
  return looseObject({
    name: string(),
    type: picklist(['text', 'int', 'tag', 'timestamp', 'double', 'tinytext', 'user_ids']),
    is_searchable: optional(boolean()),
    is_sortable: optional(boolean()),
    is_returnable: optional(boolean()),
    sort_options: optional(looseObject({ priority: optional(number()), order: optional(picklist(['asc', 'desc'])) })),
    type_definitions: optional(looseObject({
      tag: optional(array(looseObject({
        name: string(),
        color: picklist(['red', 'green', 'blue', 'grey', 'yellow']),
        text: string(),
      }))),
      user_ids: optional(looseObject({ id_type: picklist(['open_id', 'union_id', 'user_id']) })),
    })),
    search_options: optional(looseObject({
      enable_semantic_match: optional(boolean()),
      enable_exact_match: optional(boolean()),
      enable_prefix_match: optional(boolean()),
      enable_number_suffix_match: optional(boolean()),
      enable_camel_match: optional(boolean()),
    })),
    is_filterable: optional(boolean()),
    filter_options: optional(looseObject({
      display_name: string(),
      i18n_display_name: optional(I18nDescriptionSchema()),
      option_mode: optional(picklist(['single', 'multiple'])),
      associated_smart_filter: optional(picklist(['from', 'date'])),
      filter_type: optional(picklist(['user', 'time', 'searchable', 'predefine_enum'])),
      predefine_enum_values: optional(array(looseObject({ name: string(), text: string() }))),
      enable_client_filter: optional(boolean()),
      reference_datasource_id: optional(string()),
    })),
    answer_option: optional(AnswerOptionSchema()),
    desc: optional(string()),
  })
}

/** Builds the schema of {@link Schema}. */
export function SchemaSchema(): GenericSchema<Schema> {
  return looseObject({ properties: array(PropertieSchema()), display: DisplaySchema(), schema_id: string() })
}
