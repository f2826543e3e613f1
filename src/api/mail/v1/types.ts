// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `ActionItem` of catalog/mail.v1.json. */
export interface ActionItem {
  type: number
  input?: string
}

/** Shared shape `Attachment` of catalog/mail.v1.json. */
export interface Attachment {
  filename?: string
  id?: string
  attachment_type?: number
  is_inline?: boolean
  cid?: string
}

/** Shared shape `BatchCreateItem` of catalog/mail.v1.json. */
export interface BatchCreateItem {
  permission_member_id?: string
  user_id?: string
  department_id?: string
  email?: string
  type?: 'USER' | 'DEPARTMENT' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX'
}

/** Shared shape `BatchGetMessage` of catalog/mail.v1.json. */
export interface BatchGetMessage {
  raw?: string
  subject?: string
  to?: Bcc[]
  cc?: Bcc[]
  bcc?: Bcc[]
  head_from?: Bcc
  body_html?: string
  internal_date?: string
  message_state?: number
  smtp_message_id?: string
  message_id?: string
  attachments?: {
    body: string
    filename: string
    id?: string
    attachment_type?: number
    is_inline?: boolean
    cid?: string
  }[]
  body_plain_text?: string
  thread_id?: string
  body_preview?: string
  label_ids?: string[]
  folder_id?: string
  in_reply_to?: string
  reply_to?: string
  priority_type?: '0' | '1' | '3' | '5'
  security_level?: SecurityLevel
  references?: string
  body_calendar?: string
}

/** Shared shape `Bcc` of catalog/mail.v1.json. */
export interface Bcc {
  mail_address: string
  name?: string
}

/** Shared shape `Condition` of catalog/mail.v1.json. */
export interface Condition {
  match_type: number
  items: { type: number; operator: number; input?: string }[]
}

/** Shared shape `CreateMailContact` of catalog/mail.v1.json. */
export interface CreateMailContact {
  id?: string
  name: string
  company?: string
  phone?: string
  mail_address?: string
  tag?: string
  remark?: string
  avatar?: string
  position?: string
}

/** Shared shape `CreateRule` of catalog/mail.v1.json. */
export interface CreateRule {
  id?: string
  condition: { match_type: number; items: { type: number; operator?: number; input?: string }[] }
  action: { items: ActionItem[] }
  ignore_the_rest_of_rules: boolean
  name: string
  is_enable: boolean
}

/** Shared shape `CreateTemplate` of catalog/mail.v1.json. */
export interface CreateTemplate {
  name: string
  subject?: string
  template_content?: string
  is_plain_text_mode?: boolean
  tos?: Bcc[]
  ccs?: Bcc[]
  bccs?: Bcc[]
  attachments?: Attachment[]
}

/** Shared shape `DownloadUrl` of catalog/mail.v1.json. */
export interface DownloadUrl {
  attachment_id?: string
  download_url?: string
}

/** Shared shape `Draft` of catalog/mail.v1.json. */
export interface Draft {
  id?: string
  message?: BatchGetMessage
}

/** Shared shape `FailedReason` of catalog/mail.v1.json. */
export interface FailedReason {
  attachment_id?: string
  reason?: string
}

/** Shared shape `Folder` of catalog/mail.v1.json. */
export interface Folder {
  id?: string
  name: string
  parent_folder_id: string
  folder_type?: number
  unread_message_count?: number
  unread_thread_count?: number
}

/** Shared shape `Item` of catalog/mail.v1.json. */
export interface Item {
  primary_email?: string
  email_alias?: string
}

/** Shared shape `Label` of catalog/mail.v1.json. */
export interface Label {
  id?: string
  name?: string
  background_color?: string
  messages_unread?: number
}

/** Shared shape `MailgroupMemberBatchCreateItem` of catalog/mail.v1.json. */
export interface MailgroupMemberBatchCreateItem {
  member_id?: string
  email?: string
  user_id?: string
  department_id?: string
  type?: 'USER' | 'DEPARTMENT' | 'COMPANY' | 'EXTERNAL_USER' | 'MAIL_GROUP' | 'PUBLIC_MAILBOX' | 'OTHER_MEMBER'
}

/** Shared shape `Message` of catalog/mail.v1.json. */
export interface Message {
  subject?: string
  to?: Bcc[]
  cc?: Bcc[]
  bcc?: Bcc[]
  head_from?: Bcc
  body_html?: string
  internal_date?: string
  message_state?: number
  smtp_message_id?: string
  message_id?: string
  attachments?: { filename: string; id?: string; attachment_type?: number; is_inline?: boolean; cid?: string }[]
  body_plain_text?: string
  thread_id?: string
  body_preview?: string
  label_ids?: string[]
  folder_id?: string
  in_reply_to?: string
  reply_to?: string
  priority_type?: '0' | '1' | '3' | '5'
  security_level?: SecurityLevel
  references?: string
  body_calendar?: string
}

/** Shared shape `PublicMailboxMemberBatchCreateItem` of catalog/mail.v1.json. */
export interface PublicMailboxMemberBatchCreateItem {
  member_id?: string
  user_id?: string
  type?: 'USER'
}

/** Shared shape `SecurityLevel` of catalog/mail.v1.json. */
export interface SecurityLevel {
  is_risk?: boolean
  risk_banner_level?: 'WARNING' | 'DANGER' | 'INFO'
  risk_banner_reason?:
    | 'NO_REASON'
    | 'IMPERSONATE_DOMAIN'
    | 'IMPERSONATE_KP_NAME'
    | 'UNAUTH_EXTERNAL'
    | 'MALICIOUS_URL'
    | 'MALICIOUS_ATTACHMENT'
    | 'PHISHING'
    | 'IMPERSONATE_PARTNER'
    | 'EXTERNAL_ENCRYPTION_ATTACHMENT'
  is_header_from_external?: boolean
  via_domain?: string
  spam_banner_type?: 'USER_REPORT' | 'USER_BLOCK' | 'ANTI_SPAM' | 'USER_RULE' | 'BLOCK_DOMIN' | 'BLOCK_ADDRESS'
  spam_user_rule_id?: string
  spam_banner_info?: string
}

/** Shared shape `Template` of catalog/mail.v1.json. */
export interface Template {
  template_id?: string
  name: string
  subject?: string
  template_content?: string
  is_plain_text_mode?: boolean
  tos?: Bcc[]
  ccs?: Bcc[]
  bccs?: Bcc[]
  attachments?: Attachment[]
  create_time?: string
}
