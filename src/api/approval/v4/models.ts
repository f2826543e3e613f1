// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  Approval,
  Approver,
  AtInfo,
  Cc,
  CreateCc,
  CreateI18nResource,
  Data,
  DiffInstanceTask,
  External,
  File,
  Form,
  Group,
  I18nResource,
  Instance,
  Item,
  Link,
  Links,
  NodeApproverOpenId,
  Summarie,
  Task,
  Text,
  TrusteeshipCacheConfig,
  TrusteeshipUrls,
  Viewer,
} from './types.ts'

/** Builds the schema of {@link Approval}. */
export function ApprovalSchema(): GenericSchema<Approval> {
  return looseObject({
    code: optional(string()),
    name: optional(string()),
    is_external: optional(boolean()),
    external: optional(looseObject({ batch_cc_read: optional(boolean()) })),
    approval_id: optional(string()),
    icon: optional(string()),
  })
}

/** Builds the schema of {@link Approver}. */
export function ApproverSchema(): GenericSchema<Approver> {
  return looseObject({
    type: picklist([
      'Supervisor',
      'SupervisorTopDown',
      'DepartmentManager',
      'DepartmentManagerTopDown',
      'Personal',
      'Free',
    ]),
    user_id: optional(string()),
    level: optional(string()),
  })
}

/** Builds the schema of {@link AtInfo}. */
export function AtInfoSchema(): GenericSchema<AtInfo> {
  return looseObject({ user_id: string(), name: string(), offset: string() })
}

/** Builds the schema of {@link Cc}. */
export function CcSchema(): GenericSchema<Cc> {
  return looseObject({ insert_num: optional(number()), update_num: optional(number()), delete_num: optional(number()) })
}

/** Builds the schema of {@link CreateCc}. */
export function CreateCcSchema(): GenericSchema<CreateCc> {
  return looseObject({
    cc_id: string(),
    user_id: optional(string()),
    open_id: optional(string()),
    links: LinksSchema(),
    read_status: picklist(['READ', 'UNREAD']),
    extra: optional(string()),
    title: optional(string()),
    create_time: string(),
    update_time: string(),
    display_method: optional(picklist(['BROWSER', 'SIDEBAR', 'NORMAL', 'TRUSTEESHIP'])),
  })
}

/** Builds the schema of {@link CreateI18nResource}. */
export function CreateI18nResourceSchema(): GenericSchema<CreateI18nResource> {
  return looseObject({
    locale: picklist([
      'zh-CN',
      'en-US',
      'ja-JP',
      'zh-HK',
      'zh-TW',
      'de-DE',
      'es-ES',
      'fr-FR',
      'id-ID',
      'it-IT',
      'ko-KR',
      'pt-BR',
      'th-TH',
      'vi-VN',
      'ms-MY',
      'ru-RU',
    ]),
    texts: array(TextSchema()),
    is_default: boolean(),
  })
}

/** Builds the schema of {@link Data}. */
export function DataSchema(): GenericSchema<Data> {
  return looseObject({
    approval_code: string(),
    status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED', 'HIDDEN', 'TERMINATED']),
    extra: optional(string()),
    instance_id: string(),
    links: LinksSchema(),
    title: optional(string()),
    form: optional(array(FormSchema())),
    user_id: optional(string()),
    user_name: optional(string()),
    open_id: optional(string()),
    department_id: optional(string()),
    department_name: optional(string()),
    start_time: string(),
    end_time: string(),
    update_time: string(),
    display_method: optional(picklist(['BROWSER', 'SIDEBAR', 'NORMAL', 'TRUSTEESHIP'])),
    update_mode: optional(picklist(['REPLACE', 'UPDATE'])),
    task_list: optional(array(TaskSchema())),
    cc_list: optional(array(CreateCcSchema())),
    i18n_resources: array(CreateI18nResourceSchema()),
    trusteeship_url_token: optional(string()),
    trusteeship_user_id_type: optional(string()),
    trusteeship_urls: optional(TrusteeshipUrlsSchema()),
    trusteeship_cache_config: optional(TrusteeshipCacheConfigSchema()),
    resource_region: optional(string()),
  })
}

/** Builds the schema of {@link DiffInstanceTask}. */
export function DiffInstanceTaskSchema(): GenericSchema<DiffInstanceTask> {
  return looseObject({ task_id: string(), update_time: string() })
}

/** Builds the schema of {@link External}. */
export function ExternalSchema(): GenericSchema<External> {
  return looseObject({
    biz_name: optional(string()),
    biz_type: optional(string()),
    create_link_mobile: optional(string()),
    create_link_pc: optional(string()),
    support_pc: optional(boolean()),
    support_mobile: optional(boolean()),
    support_batch_read: optional(boolean()),
    enable_mark_readed: optional(boolean()),
    enable_quick_operate: optional(boolean()),
    action_callback_url: optional(string()),
    action_callback_token: optional(string()),
    action_callback_key: optional(string()),
    allow_batch_operate: optional(boolean()),
    exclude_efficiency_statistics: optional(boolean()),
  })
}

/** Builds the schema of {@link File}. */
export function FileSchema(): GenericSchema<File> {
  return looseObject({
    url: optional(string()),
    file_size: optional(number()),
    title: optional(string()),
    type: optional(string()),
  })
}

/** Builds the schema of {@link Form}. */
export function FormSchema(): GenericSchema<Form> {
  return looseObject({ name: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link Group}. */
export function GroupSchema(): GenericSchema<Group> {
  return looseObject({ external_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link I18nResource}. */
export function I18nResourceSchema(): GenericSchema<I18nResource> {
  return looseObject({
    locale: picklist(['zh-CN', 'en-US', 'ja-JP']),
    texts: array(TextSchema()),
    is_default: boolean(),
  })
}

/** Builds the schema of {@link Instance}. */
export function InstanceSchema(): GenericSchema<Instance> {
  return looseObject({
    code: optional(string()),
    external_id: optional(string()),
    user_id: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    status: optional(picklist(['rejected', 'pending', 'canceled', 'deleted', 'approved'])),
    title: optional(string()),
    extra: optional(string()),
    serial_id: optional(string()),
    link: optional(LinkSchema()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    level: optional(string()),
    has_sub_district: optional(boolean()),
    parent_districts: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      level: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link Link}. */
export function LinkSchema(): GenericSchema<Link> {
  return looseObject({ pc_link: optional(string()), mobile_link: optional(string()) })
}

/** Builds the schema of {@link Links}. */
export function LinksSchema(): GenericSchema<Links> {
  return looseObject({ pc_link: string(), mobile_link: optional(string()) })
}

/** Builds the schema of {@link NodeApproverOpenId}. */
export function NodeApproverOpenIdSchema(): GenericSchema<NodeApproverOpenId> {
  return looseObject({ key: optional(string()), value: optional(array(string())) })
}

/** Builds the schema of {@link Summarie}. */
export function SummarieSchema(): GenericSchema<Summarie> {
  return looseObject({ key: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link Task}. */
export function TaskSchema(): GenericSchema<Task> {
  return looseObject({
    task_id: string(),
    user_id: optional(string()),
    open_id: optional(string()),
    title: optional(string()),
    links: LinksSchema(),
    status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'TRANSFERRED', 'DONE']),
    extra: optional(string()),
    create_time: string(),
    end_time: string(),
    update_time: optional(string()),
    action_context: optional(string()),
    action_configs: optional(array(looseObject({
      action_type: string(),
      action_name: optional(string()),
      is_need_reason: optional(boolean()),
      is_reason_required: optional(boolean()),
      is_need_attachment: optional(boolean()),
    }))),
    display_method: optional(picklist(['BROWSER', 'SIDEBAR', 'NORMAL', 'TRUSTEESHIP'])),
    exclude_statistics: optional(boolean()),
    node_id: optional(string()),
    node_name: optional(string()),
    generate_type: optional(picklist(['EXTERNAL_CONSIGN', 'DEFAULT'])),
  })
}

/** Builds the schema of {@link Text}. */
export function TextSchema(): GenericSchema<Text> {
  return looseObject({ key: string(), value: string() })
}

/** Builds the schema of {@link TrusteeshipCacheConfig}. */
export function TrusteeshipCacheConfigSchema(): GenericSchema<TrusteeshipCacheConfig> {
  return looseObject({
    form_policy: optional(picklist(['DISABLE', 'IMMUTABLE', 'BY_NODE', 'BY_USER'])),
    form_vary_with_locale: optional(boolean()),
    form_version: optional(string()),
  })
}

/** Builds the schema of {@link TrusteeshipUrls}. */
export function TrusteeshipUrlsSchema(): GenericSchema<TrusteeshipUrls> {
  return looseObject({
    form_detail_url: optional(string()),
    action_definition_url: optional(string()),
    approval_node_url: optional(string()),
    action_callback_url: optional(string()),
    pull_business_data_url: optional(string()),
  })
}

/** Builds the schema of {@link Viewer}. */
export function ViewerSchema(): GenericSchema<Viewer> {
  return looseObject({
    viewer_type: optional(picklist(['TENANT', 'DEPARTMENT', 'USER', 'NONE'])),
    viewer_user_id: optional(string()),
    viewer_department_id: optional(string()),
  })
}
