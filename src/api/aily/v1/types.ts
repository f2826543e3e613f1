// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `DataAsset` of catalog/aily.v1.json. */
export interface DataAsset {
  data_asset_id?: string
  label?: { [key: string]: string }
  description?: { [key: string]: string }
  data_source_type?:
    | 'object'
    | 'docx'
    | 'excel'
    | 'pdf'
    | 'pptx'
    | 'txt'
    | 'mysql'
    | 'postgresql'
    | 'larkbase'
    | 'salesforce'
    | 'fenxiangxiaoke'
    | 'qianchuan'
    | 'clickhouse'
    | 'databricks'
    | 'servicedesk'
    | 'larkbiz_wiki'
    | 'larkbiz_doc'
    | 'larkbiz_docs'
    | 'larkbiz_docx'
    | 'larkbiz_pdf'
    | 'larkbiz_word'
    | 'larkbiz_pptx'
    | 'larkbiz_sheets'
    | 'larkbiz_base'
    | 'larkbiz_personalfolder'
    | 'larkbiz_sharedfolder'
  connect_status?: 'awaiting' | 'syncing' | 'successful' | 'continuously_syncing' | 'partially_successful' | 'failed'
  tags?: Item[]
  items?: {
    data_asset_item_id?: string
    api_name?: string
    label?: { [key: string]: string }
    description?: { [key: string]: string }
    resources?: { resource_id?: string; resource_type?: 'dataset' | 'vector' }[]
  }[]
  connect_failed_reason?: string
  import_knowledge_setting?: ImportKnowledgeSetting
  connect_type?: 'import' | 'direct'
  created_time?: string
  updated_time?: string
}

/** Shared shape `File` of catalog/aily.v1.json. */
export interface File {
  id?: string
  mime_type?: string
  file_name?: string
  metadata?: string
  created_at?: string
  preview_url?: { url: string; expired_at?: string }
}

/** Shared shape `ImportKnowledgeSetting` of catalog/aily.v1.json. */
export interface ImportKnowledgeSetting {
  chunk_setting?: {
    rule_type: 'separator' | 'intelligent'
    separate_type?: 'paragraph' | 'title'
    size?: number
    overlap?: number
  }
  file?: { title?: string; token?: string; content?: string; mime_type?: string; url?: string }
  lark_doc?: { type: 'doc' | 'file' | 'wiki' | 'docx' | 'folder'; token: string; with_sub_docs?: boolean; url?: string }
  lark_wiki_space?: { space_id: string; sub_docs?: { type: 'wiki'; token: string; url?: string }[]; url?: string }
  lark_helpdesk?: { helpdesk_id: string }
}

/** Shared shape `Item` of catalog/aily.v1.json. */
export interface Item {
  data_asset_tag_id?: string
  name?: string
}

/** Shared shape `Mention` of catalog/aily.v1.json. */
export interface Mention {
  entity_id?: string
  identity_provider?: 'AILY' | 'FEISHU'
  key?: string
  name?: string
  aily_id?: string
}

/** Shared shape `Message` of catalog/aily.v1.json. */
export interface Message {
  id?: string
  session_id?: string
  run_id?: string
  content_type?: 'MDX' | 'TEXT' | 'CLIP' | 'SmartCard' | 'JSON'
  content?: string
  files?: File[]
  quote_message_id?: string
  sender?: {
    entity_id?: string
    identity_provider?: 'AILY' | 'FEISHU'
    sender_type?: 'USER' | 'ASSISTANT'
    aily_id?: string
  }
  mentions?: Mention[]
  plain_text?: string
  created_at?: string
  status?: 'IN_PROGRESS' | 'COMPLETED'
  reasoning_content?: string
}

/** Shared shape `Run` of catalog/aily.v1.json. */
export interface Run {
  id: string
  created_at: string
  app_id: string
  session_id: string
  status: 'QUEUED' | 'IN_PROGRESS' | 'REQUIRES_MESSAGE' | 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'EXPIRED'
  started_at?: string
  ended_at?: string
  error?: { code: string; message: string }
  metadata?: string
}

/** Shared shape `Session` of catalog/aily.v1.json. */
export interface Session {
  id: string
  created_at: string
  modified_at: string
  created_by: string
  channel_context?: string
  metadata?: string
}

/** Shared shape `Skill` of catalog/aily.v1.json. */
export interface Skill {
  id?: string
  label?: string
  description?: string
  samples?: string[]
  input_schema?: string
  output_schema?: string
}
