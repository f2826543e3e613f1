// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  ActivitySubscription,
  AddMembersMember,
  Android,
  AssigneeRelated,
  Attachment,
  Comment,
  CreateCustomField,
  CreateTasklist,
  CreateTime,
  CustomComplete,
  CustomField,
  CustomFieldMultiSelectSettingOption,
  Dependencie,
  DocxSource,
  Due,
  Item,
  ItemCustomField,
  ListRelatedTaskItem,
  Member,
  MultiSelectSettingOption,
  NumberSetting,
  Option,
  Origin,
  PatchTask,
  PlatformI18nName,
  PositiveReminder,
  Resource,
  Section,
  Subscriber,
  Task,
  TaskAttachment,
  Tasklist,
  TasksItem,
} from './types.ts'

/** Builds the schema of {@link ActivitySubscription}. */
export function ActivitySubscriptionSchema(): GenericSchema<ActivitySubscription> {
  return looseObject({
    guid: optional(string()),
    name: optional(string()),
    subscribers: optional(array(MemberSchema())),
    include_keys: optional(array(number())),
    disabled: optional(boolean()),
  })
}

/** Builds the schema of {@link AddMembersMember}. */
export function AddMembersMemberSchema(): GenericSchema<AddMembersMember> {
  return looseObject({ id: string(), type: optional(string()), role: string(), name: optional(string()) })
}

/** Builds the schema of {@link Android}. */
export function AndroidSchema(): GenericSchema<Android> {
  return looseObject({ href: optional(string()), tip: optional(PlatformI18nNameSchema()) })
}

/** Builds the schema of {@link AssigneeRelated}. */
export function AssigneeRelatedSchema(): GenericSchema<AssigneeRelated> {
  return looseObject({ id: optional(string()), completed_at: optional(string()) })
}

/** Builds the schema of {@link Attachment}. */
export function AttachmentSchema(): GenericSchema<Attachment> {
  return looseObject({
    guid: optional(string()),
    file_token: optional(string()),
    name: optional(string()),
    size: optional(number()),
    resource: optional(ResourceSchema()),
    uploader: optional(MemberSchema()),
    is_cover: optional(boolean()),
    uploaded_at: optional(string()),
    url: optional(string()),
  })
}

/** Builds the schema of {@link Comment}. */
export function CommentSchema(): GenericSchema<Comment> {
  return looseObject({
    id: optional(string()),
    content: optional(string()),
    creator: optional(MemberSchema()),
    reply_to_comment_id: optional(string()),
    created_at: optional(string()),
    updated_at: optional(string()),
    resource_type: optional(string()),
    resource_id: optional(string()),
  })
}

/** Builds the schema of {@link CreateCustomField}. */
export function CreateCustomFieldSchema(): GenericSchema<CreateCustomField> {
  return looseObject({
    guid: string(),
    number_value: optional(string()),
    member_value: optional(array(SubscriberSchema())),
    datetime_value: optional(string()),
    single_select_value: optional(string()),
    multi_select_value: optional(array(string())),
    text_value: optional(string()),
  })
}

/** Builds the schema of {@link CreateTasklist}. */
export function CreateTasklistSchema(): GenericSchema<CreateTasklist> {
  return looseObject({ tasklist_guid: optional(string()), section_guid: optional(string()) })
}

/** Builds the schema of {@link CreateTime}. */
export function CreateTimeSchema(): GenericSchema<CreateTime> {
  return looseObject({ start_time: optional(string()), end_time: optional(string()) })
}

/** Builds the schema of {@link CustomComplete}. */
export function CustomCompleteSchema(): GenericSchema<CustomComplete> {
  return looseObject({
    pc: optional(AndroidSchema()),
    ios: optional(AndroidSchema()),
    android: optional(AndroidSchema()),
  })
}

/** Builds the schema of {@link CustomField}. */
export function CustomFieldSchema(): GenericSchema<CustomField> {
  return looseObject({
    guid: optional(string()),
    name: optional(string()),
    type: optional(string()),
    number_setting: optional(looseObject({
      format: optional(picklist(['custom', 'normal', 'percentage', 'cny', 'usd'])),
      custom_symbol: optional(string()),
      custom_symbol_position: optional(picklist(['left', 'right'])),
      separator: optional(picklist(['none', 'thousand'])),
      decimal_count: optional(number()),
    })),
    member_setting: optional(looseObject({ multi: optional(boolean()) })),
    datetime_setting: optional(looseObject({ format: optional(string()) })),
    single_select_setting: optional(looseObject({ options: optional(array(OptionSchema())) })),
    multi_select_setting: optional(looseObject({ options: optional(array(OptionSchema())) })),
    creator: optional(MemberSchema()),
    created_at: optional(string()),
    updated_at: optional(string()),
    text_setting: optional(looseObject({})),
  })
}

/** Builds the schema of {@link CustomFieldMultiSelectSettingOption}. */
export function CustomFieldMultiSelectSettingOptionSchema(): GenericSchema<CustomFieldMultiSelectSettingOption> {
  return looseObject({ guid: optional(string()), name: optional(string()), color_index: optional(number()) })
}

/** Builds the schema of {@link Dependencie}. */
export function DependencieSchema(): GenericSchema<Dependencie> {
  return looseObject({ type: picklist(['prev', 'next']), task_guid: string() })
}

/** Builds the schema of {@link DocxSource}. */
export function DocxSourceSchema(): GenericSchema<DocxSource> {
  return looseObject({ token: string(), block_id: string() })
}

/** Builds the schema of {@link Due}. */
export function DueSchema(): GenericSchema<Due> {
  return looseObject({ timestamp: optional(string()), is_all_day: optional(boolean()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    id: string(),
    display_info: optional(string()),
    meta_data: optional(looseObject({
      app_link: optional(string()),
      avatar: optional(string()),
      description: optional(string()),
    })),
  })
}

/** Builds the schema of {@link ItemCustomField}. */
export function ItemCustomFieldSchema(): GenericSchema<ItemCustomField> {
  return looseObject({
    guid: optional(string()),
    type: optional(string()),
    number_value: optional(string()),
    datetime_value: optional(string()),
    member_value: optional(array(MemberSchema())),
    single_select_value: optional(string()),
    multi_select_value: optional(array(string())),
    name: optional(string()),
    text_value: optional(string()),
  })
}

/** Builds the schema of {@link ListRelatedTaskItem}. */
export function ListRelatedTaskItemSchema(): GenericSchema<ListRelatedTaskItem> {
  return looseObject({
    guid: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    due: optional(DueSchema()),
    reminders: optional(array(PositiveReminderSchema())),
    creator: optional(MemberSchema()),
    members: optional(array(MemberSchema())),
    completed_at: optional(string()),
    attachments: optional(array(AttachmentSchema())),
    origin: optional(OriginSchema()),
    extra: optional(string()),
    tasklists: optional(array(CreateTasklistSchema())),
    repeat_rule: optional(string()),
    parent_task_guid: optional(string()),
    mode: optional(number()),
    source: optional(number()),
    custom_complete: optional(CustomCompleteSchema()),
    task_id: optional(string()),
    created_at: optional(string()),
    updated_at: optional(string()),
    status: optional(string()),
    url: optional(string()),
    start: optional(DueSchema()),
    subtask_count: optional(number()),
    is_milestone: optional(boolean()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    dependencies: optional(array(DependencieSchema())),
    assignee_related: optional(array(AssigneeRelatedSchema())),
    positive_reminders: optional(array(PositiveReminderSchema())),
    agent_task_status: optional(number()),
    agent_task_progress: optional(string()),
    text_deliveries: optional(array(string())),
    attachment_deliveries: optional(array(AttachmentSchema())),
    next_task_guid: optional(string()),
  })
}

/** Builds the schema of {@link Member}. */
export function MemberSchema(): GenericSchema<Member> {
  return looseObject({
    id: optional(string()),
    type: optional(string()),
    role: optional(string()),
    name: optional(string()),
  })
}

/** Builds the schema of {@link MultiSelectSettingOption}. */
export function MultiSelectSettingOptionSchema(): GenericSchema<MultiSelectSettingOption> {
  return looseObject({ name: string(), color_index: optional(number()), is_hidden: optional(boolean()) })
}

/** Builds the schema of {@link NumberSetting}. */
export function NumberSettingSchema(): GenericSchema<NumberSetting> {
  return looseObject({
    format: optional(picklist(['normal', 'percentage', 'cny', 'usd', 'custom'])),
    custom_symbol: optional(string()),
    custom_symbol_position: optional(picklist(['left', 'right'])),
    separator: optional(picklist(['none', 'thousand'])),
    decimal_count: optional(number()),
  })
}

/** Builds the schema of {@link Option}. */
export function OptionSchema(): GenericSchema<Option> {
  return looseObject({
    guid: optional(string()),
    name: optional(string()),
    color_index: optional(number()),
    is_hidden: optional(boolean()),
  })
}

/** Builds the schema of {@link Origin}. */
export function OriginSchema(): GenericSchema<Origin> {
  return looseObject({
    platform_i18n_name: optional(PlatformI18nNameSchema()),
    href: optional(looseObject({ url: optional(string()), title: optional(string()) })),
    refer_resources: optional(array(looseObject({
      resource_id: optional(string()),
      type: optional(string()),
      source_message: optional(looseObject({ message_id: optional(string()), content: optional(string()) })),
      unavailable_reason: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link PatchTask}. */
export function PatchTaskSchema(): GenericSchema<PatchTask> {
  return looseObject({
    summary: optional(string()),
    description: optional(string()),
    due: optional(DueSchema()),
    extra: optional(string()),
    completed_at: optional(string()),
    repeat_rule: optional(string()),
    custom_complete: optional(CustomCompleteSchema()),
    start: optional(DueSchema()),
    mode: optional(number()),
    is_milestone: optional(boolean()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
    positive_reminders: optional(array(looseObject({ relative_fire_minute: number() }))),
    agent_task_status: optional(number()),
    agent_task_progress: optional(string()),
    text_deliveries: optional(array(string())),
  })
}

/** Builds the schema of {@link PlatformI18nName}. */
export function PlatformI18nNameSchema(): GenericSchema<PlatformI18nName> {
  return looseObject({
    en_us: optional(string()),
    zh_cn: optional(string()),
    zh_hk: optional(string()),
    zh_tw: optional(string()),
    ja_jp: optional(string()),
    fr_fr: optional(string()),
    it_it: optional(string()),
    de_de: optional(string()),
    ru_ru: optional(string()),
    th_th: optional(string()),
    es_es: optional(string()),
    ko_kr: optional(string()),
  })
}

/** Builds the schema of {@link PositiveReminder}. */
export function PositiveReminderSchema(): GenericSchema<PositiveReminder> {
  return looseObject({ id: optional(string()), relative_fire_minute: number() })
}

/** Builds the schema of {@link Resource}. */
export function ResourceSchema(): GenericSchema<Resource> {
  return looseObject({ type: optional(string()), id: optional(string()) })
}

/** Builds the schema of {@link Section}. */
export function SectionSchema(): GenericSchema<Section> {
  return looseObject({
    guid: optional(string()),
    name: optional(string()),
    resource_type: optional(string()),
    is_default: optional(boolean()),
    creator: optional(MemberSchema()),
    tasklist: optional(looseObject({ guid: optional(string()), name: optional(string()) })),
    created_at: optional(string()),
    updated_at: optional(string()),
  })
}

/** Builds the schema of {@link Subscriber}. */
export function SubscriberSchema(): GenericSchema<Subscriber> {
  return looseObject({ id: optional(string()), type: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Task}. */
export function TaskSchema(): GenericSchema<Task> {
  return looseObject({
    guid: optional(string()),
    summary: optional(string()),
    description: optional(string()),
    due: optional(DueSchema()),
    reminders: optional(array(PositiveReminderSchema())),
    creator: optional(MemberSchema()),
    members: optional(array(MemberSchema())),
    completed_at: optional(string()),
    attachments: optional(array(TaskAttachmentSchema())),
    origin: optional(OriginSchema()),
    extra: optional(string()),
    tasklists: optional(array(CreateTasklistSchema())),
    repeat_rule: optional(string()),
    parent_task_guid: optional(string()),
    mode: optional(number()),
    source: optional(number()),
    custom_complete: optional(CustomCompleteSchema()),
    task_id: optional(string()),
    created_at: optional(string()),
    updated_at: optional(string()),
    status: optional(string()),
    url: optional(string()),
    start: optional(DueSchema()),
    subtask_count: optional(number()),
    is_milestone: optional(boolean()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    dependencies: optional(array(DependencieSchema())),
    assignee_related: optional(array(AssigneeRelatedSchema())),
    positive_reminders: optional(array(PositiveReminderSchema())),
    agent_task_status: optional(number()),
    agent_task_progress: optional(string()),
    text_deliveries: optional(array(string())),
    attachment_deliveries: optional(array(AttachmentSchema())),
    next_task_guid: optional(string()),
  })
}

/** Builds the schema of {@link TaskAttachment}. */
export function TaskAttachmentSchema(): GenericSchema<TaskAttachment> {
  return looseObject({
    guid: optional(string()),
    file_token: optional(string()),
    name: optional(string()),
    size: optional(number()),
    resource: optional(ResourceSchema()),
    uploader: optional(MemberSchema()),
    is_cover: optional(boolean()),
    uploaded_at: optional(string()),
  })
}

/** Builds the schema of {@link Tasklist}. */
export function TasklistSchema(): GenericSchema<Tasklist> {
  return looseObject({
    guid: optional(string()),
    name: optional(string()),
    creator: optional(MemberSchema()),
    owner: optional(MemberSchema()),
    members: optional(array(MemberSchema())),
    url: optional(string()),
    created_at: optional(string()),
    updated_at: optional(string()),
    archive_msec: optional(string()),
  })
}

/** Builds the schema of {@link TasksItem}. */
export function TasksItemSchema(): GenericSchema<TasksItem> {
  return looseObject({
    guid: optional(string()),
    summary: optional(string()),
    completed_at: optional(string()),
    start: optional(DueSchema()),
    due: optional(DueSchema()),
    members: optional(array(MemberSchema())),
    subtask_count: optional(number()),
  })
}
