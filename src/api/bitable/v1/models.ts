// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import {
  array,
  boolean,
  looseObject,
  number,
  optional,
  picklist,
  record,
  string,
  union,
} from '../../../core/valibot.ts'
import type {
  AllowedEditModes,
  AutoSerial,
  BlockRole,
  Condition,
  CreateFieldValue,
  CreatedBy,
  Description,
  Field,
  FieldValue,
  FieldsValue,
  FilterInfoCondition,
  Form,
  Item,
  Member,
  Option,
  Property,
  Record,
  RecordFieldValue,
  RecordFieldsValue,
  RichDescription,
  Role,
  TableRole,
  Type,
  View,
} from './types.ts'

/** Builds the schema of {@link AllowedEditModes}. */
export function AllowedEditModesSchema(): GenericSchema<AllowedEditModes> {
  return looseObject({ manual: optional(boolean()), scan: optional(boolean()) })
}

/** Builds the schema of {@link AutoSerial}. */
export function AutoSerialSchema(): GenericSchema<AutoSerial> {
  return looseObject({
    type: picklist(['custom', 'auto_increment_number']),
    options: optional(array(looseObject({
      type: picklist(['system_number', 'fixed_text', 'created_time']),
      value: string(),
    }))),
  })
}

/** Builds the schema of {@link BlockRole}. */
export function BlockRoleSchema(): GenericSchema<BlockRole> {
  return looseObject({ block_id: string(), block_perm: number() })
}

/** Builds the schema of {@link Condition}. */
export function ConditionSchema(): GenericSchema<Condition> {
  return looseObject({
    field_name: string(),
    operator: picklist([
      'is',
      'isNot',
      'contains',
      'doesNotContain',
      'isEmpty',
      'isNotEmpty',
      'isGreater',
      'isGreaterEqual',
      'isLess',
      'isLessEqual',
      'like',
      'in',
    ]),
    value: optional(array(string())),
  })
}

/** Builds the schema of {@link CreateFieldValue}. */
export function CreateFieldValueSchema(): GenericSchema<CreateFieldValue> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    en_name: optional(string()),
    email: optional(string()),
  })
}

/** Builds the schema of {@link CreatedBy}. */
export function CreatedBySchema(): GenericSchema<CreatedBy> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    en_name: optional(string()),
    email: optional(string()),
    avatar_url: optional(string()),
  })
}

/** Builds the schema of {@link Description}. */
export function DescriptionSchema(): GenericSchema<Description> {
  return looseObject({ disable_sync: optional(boolean()), text: optional(string()) })
}

/** Builds the schema of {@link Field}. */
export function FieldSchema(): GenericSchema<Field> {
  return looseObject({
    field_name: string(),
    type: number(),
    property: optional(PropertySchema()),
    description: optional(DescriptionSchema()),
    is_primary: optional(boolean()),
    field_id: optional(string()),
    ui_type: optional(picklist([
      'Text',
      'Barcode',
      'Number',
      'Progress',
      'Currency',
      'Rating',
      'SingleSelect',
      'MultiSelect',
      'DateTime',
      'Checkbox',
      'User',
      'GroupChat',
      'Phone',
      'Url',
      'Attachment',
      'SingleLink',
      'Formula',
      'DuplexLink',
      'Location',
      'CreatedTime',
      'ModifiedTime',
      'CreatedUser',
      'ModifiedUser',
      'AutoNumber',
      'Email',
      'Signature',
    ])),
    is_hidden: optional(boolean()),
  })
}

/** Builds the schema of {@link FieldValue}. */
export function FieldValueSchema(): GenericSchema<FieldValue> {
  return looseObject({ id: optional(string()), name: optional(string()), avatar_url: optional(string()) })
}

/** Builds the schema of {@link FieldsValue}. */
export function FieldsValueSchema(): GenericSchema<FieldsValue> {
  return looseObject({
    location: optional(string()),
    pname: optional(string()),
    cityname: optional(string()),
    adname: optional(string()),
    address: optional(string()),
    name: optional(string()),
    full_address: optional(string()),
  })
}

/** Builds the schema of {@link FilterInfoCondition}. */
export function FilterInfoConditionSchema(): GenericSchema<FilterInfoCondition> {
  return looseObject({
    field_id: string(),
    operator: picklist([
      'is',
      'isNot',
      'contains',
      'doesNotContain',
      'isEmpty',
      'isNotEmpty',
      'isGreater',
      'isGreaterEqual',
      'isLess',
      'isLessEqual',
    ]),
    value: optional(string()),
    condition_id: optional(string()),
    field_type: optional(number()),
  })
}

/** Builds the schema of {@link Form}. */
export function FormSchema(): GenericSchema<Form> {
  return looseObject({
    name: optional(string()),
    description: optional(string()),
    shared: optional(boolean()),
    shared_url: optional(string()),
    shared_limit: optional(picklist(['off', 'tenant_editable', 'anyone_editable'])),
    submit_limit_once: optional(boolean()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    field_name: string(),
    type: number(),
    property: optional(PropertySchema()),
    description: optional(string()),
    is_primary: optional(boolean()),
    field_id: optional(string()),
    ui_type: optional(picklist([
      'Text',
      'Barcode',
      'Number',
      'Progress',
      'Currency',
      'Rating',
      'SingleSelect',
      'MultiSelect',
      'DateTime',
      'Checkbox',
      'User',
      'GroupChat',
      'Phone',
      'Url',
      'Attachment',
      'SingleLink',
      'Formula',
      'DuplexLink',
      'Location',
      'CreatedTime',
      'ModifiedTime',
      'CreatedUser',
      'ModifiedUser',
      'AutoNumber',
    ])),
    is_hidden: optional(boolean()),
  })
}

/** Builds the schema of {@link Member}. */
export function MemberSchema(): GenericSchema<Member> {
  return looseObject({
    type: optional(picklist(['open_id', 'union_id', 'user_id', 'chat_id', 'department_id', 'open_department_id'])),
    id: string(),
  })
}

/** Builds the schema of {@link Option}. */
export function OptionSchema(): GenericSchema<Option> {
  return looseObject({ name: optional(string()), id: optional(string()), color: optional(number()) })
}

/** Builds the schema of {@link Property}. */
export function PropertySchema(): GenericSchema<Property> {
  return looseObject({
    options: optional(array(OptionSchema())),
    formatter: optional(string()),
    date_formatter: optional(string()),
    auto_fill: optional(boolean()),
    multiple: optional(boolean()),
    table_id: optional(string()),
    table_name: optional(string()),
    back_field_name: optional(string()),
    auto_serial: optional(AutoSerialSchema()),
    location: optional(looseObject({ input_type: picklist(['only_mobile', 'not_limit']) })),
    formula_expression: optional(string()),
    allowed_edit_modes: optional(AllowedEditModesSchema()),
    min: optional(number()),
    max: optional(number()),
    range_customize: optional(boolean()),
    currency_code: optional(string()),
    rating: optional(looseObject({ symbol: optional(string()) })),
    type: optional(TypeSchema()),
    filter_info: optional(looseObject({
      target_table: optional(string()),
      filter_info: optional(looseObject({
        conjunction: picklist(['and', 'or']),
        conditions: array(FilterInfoConditionSchema()),
      })),
    })),
  })
}

/** Builds the schema of {@link Record}. */
export function RecordSchema(): GenericSchema<Record> {
  return looseObject({
    fields: record(
      string(),
      union([
        string(),
        number(),
        boolean(),
        RecordFieldsValueSchema(),
        FieldsValueSchema(),
        array(FieldValueSchema()),
        array(string()),
        array(CreatedBySchema()),
        array(RecordFieldValueSchema()),
      ]),
    ),
    record_id: optional(string()),
    created_by: optional(CreatedBySchema()),
    created_time: optional(number()),
    last_modified_by: optional(CreatedBySchema()),
    last_modified_time: optional(number()),
    shared_url: optional(string()),
    record_url: optional(string()),
  })
}

/** Builds the schema of {@link RecordFieldValue}. */
export function RecordFieldValueSchema(): GenericSchema<RecordFieldValue> {
  return looseObject({
    file_token: optional(string()),
    name: optional(string()),
    type: optional(string()),
    size: optional(number()),
    url: optional(string()),
    tmp_url: optional(string()),
  })
}

/** Builds the schema of {@link RecordFieldsValue}. */
export function RecordFieldsValueSchema(): GenericSchema<RecordFieldsValue> {
  return looseObject({ text: optional(string()), link: optional(string()) })
}

/** Builds the schema of {@link RichDescription}. */
export function RichDescriptionSchema(): GenericSchema<RichDescription> {
  return looseObject({ segment_type: picklist(['text', 'url']), text: string(), link: optional(string()) })
}

/** Builds the schema of {@link Role}. */
export function RoleSchema(): GenericSchema<Role> {
  return looseObject({
    role_name: string(),
    role_id: optional(string()),
    table_roles: array(looseObject({
      table_perm: number(),
      table_name: optional(string()),
      table_id: optional(string()),
      rec_rule: optional(looseObject({
        conditions: array(looseObject({
          field_name: string(),
          operator: optional(picklist(['is', 'isNot', 'contains', 'doesNotContain', 'isEmpty', 'isNotEmpty'])),
          value: optional(array(string())),
          field_type: optional(number()),
        })),
        conjunction: optional(picklist(['and', 'or'])),
        other_perm: optional(number()),
      })),
      field_perm: optional(record(string(), number())),
      allow_add_record: optional(boolean()),
      allow_delete_record: optional(boolean()),
    })),
    block_roles: optional(array(looseObject({
      block_id: string(),
      block_type: optional(picklist(['dashboard'])),
      block_perm: number(),
    }))),
  })
}

/** Builds the schema of {@link TableRole}. */
export function TableRoleSchema(): GenericSchema<TableRole> {
  return looseObject({
    table_perm: number(),
    table_name: optional(string()),
    table_id: optional(string()),
    rec_rule: optional(looseObject({
      conditions: array(looseObject({
        field_name: string(),
        operator: optional(picklist(['is', 'isNot', 'contains', 'doesNotContain', 'isEmpty', 'isNotEmpty'])),
        value: optional(array(string())),
      })),
      conjunction: optional(picklist(['and', 'or'])),
      other_perm: optional(number()),
    })),
    field_perm: optional(record(string(), number())),
    allow_add_record: optional(boolean()),
    allow_delete_record: optional(boolean()),
  })
}

/** Builds the schema of {@link Type}. */
export function TypeSchema(): GenericSchema<Type> {
  return looseObject({
    data_type: number(),
    ui_property: optional(looseObject({
      currency_code: optional(string()),
      formatter: optional(string()),
      range_customize: optional(boolean()),
      min: optional(number()),
      max: optional(number()),
      date_formatter: optional(string()),
      rating: optional(looseObject({ symbol: optional(string()) })),
    })),
    ui_type: optional(picklist(['Number', 'Progress', 'Currency', 'Rating', 'DateTime'])),
  })
}

/** Builds the schema of {@link View}. */
export function ViewSchema(): GenericSchema<View> {
  return looseObject({
    view_id: optional(string()),
    view_name: optional(string()),
    view_type: optional(string()),
    property: optional(looseObject({
      filter_info: optional(looseObject({
        conjunction: picklist(['and', 'or']),
        conditions: array(FilterInfoConditionSchema()),
        condition_omitted: optional(boolean()),
      })),
      hidden_fields: optional(array(string())),
      hierarchy_config: optional(looseObject({ field_id: optional(string()) })),
    })),
  })
}
