// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AgentSchedule` of catalog/helpdesk.v1.json. */
export interface AgentSchedule {
  status?: number
  agent?: {
    id?: string
    avatar_url?: string
    name?: string
    email?: string
    department?: string
    company_name?: string
  }
  schedule?: Schedule[]
  agent_skills?: { id?: string; name?: string; is_default?: boolean }[]
}

/** Shared shape `AnswerRichtext` of catalog/helpdesk.v1.json. */
export interface AnswerRichtext {
  content?: string
  type?: string
}

/** Shared shape `Categorie` of catalog/helpdesk.v1.json. */
export interface Categorie {
  category_id: string
  id: string
  name: string
  parent_id: string
  helpdesk_id: string
  language?: string
}

/** Shared shape `Chat` of catalog/helpdesk.v1.json. */
export interface Chat {
  chat_id?: string
  name?: string
}

/** Shared shape `CreateUser` of catalog/helpdesk.v1.json. */
export interface CreateUser {
  user_id?: string
  avatar_url?: string
  name?: string
}

/** Shared shape `CreatedBy` of catalog/helpdesk.v1.json. */
export interface CreatedBy {
  id?: string
  avatar_url?: string
  name?: string
  email?: string
  department?: string
  city?: string
  country?: string
}

/** Shared shape `Department` of catalog/helpdesk.v1.json. */
export interface Department {
  department_id?: string
  name?: string
}

/** Shared shape `Event` of catalog/helpdesk.v1.json. */
export interface Event {
  type: string
  subtype: string
}

/** Shared shape `Faq` of catalog/helpdesk.v1.json. */
export interface Faq {
  faq_id?: string
  id?: string
  helpdesk_id?: string
  question?: string
  answer?: string
  answer_richtext?: AnswerRichtext[]
  create_time?: number
  update_time?: number
  categories?: Categorie[]
  tags?: string[]
  expire_time?: number
  update_user?: FaqCreateUser
  create_user?: FaqCreateUser
}

/** Shared shape `FaqCreateUser` of catalog/helpdesk.v1.json. */
export interface FaqCreateUser {
  id?: string
  avatar_url?: string
  name?: string
  department?: string
  city?: string
  country?: string
}

/** Shared shape `Item` of catalog/helpdesk.v1.json. */
export interface Item {
  ticket_customized_field_id: string
  helpdesk_id?: string
  key_name: string
  display_name: string
  position: string
  field_type: string
  description: string
  visible: boolean
  editable?: boolean
  required: boolean
  created_at?: string
  updated_at?: string
  created_by?: CreatedBy
  updated_by?: CreatedBy
  dropdown_allow_multiple?: boolean
}

/** Shared shape `Schedule` of catalog/helpdesk.v1.json. */
export interface Schedule {
  start_time?: string
  end_time?: string
  weekday?: number
}

/** Shared shape `Ticket` of catalog/helpdesk.v1.json. */
export interface Ticket {
  ticket_id: string
  helpdesk_id?: string
  guest?: CreatedBy
  comments?: {
    content?: string
    created_at?: number
    id?: number
    user_avatar_url?: string
    user_name?: string
    user_id?: number
  }
  ticket_type?: number
  status?: number
  score?: number
  created_at?: number
  updated_at?: number
  closed_at?: number
  dissatisfaction_reason?: { zh_cn?: string; en_us?: string; ja_jp?: string }
  agents?: CreatedBy[]
  channel?: number
  solve?: number
  closed_by?: CreatedBy
  collaborators?: CreatedBy[]
  customized_fields?: {
    id?: string
    value?: string
    key_name?: string
    display_name?: string
    position?: number
    required?: boolean
    editable?: boolean
  }[]
  agent_service_duration?: number
  agent_first_response_duration?: number
  bot_service_duration?: number
  agent_resolution_time?: number
  actual_processing_time?: number
  agent_entry_time?: number
  agent_first_response_time?: number
  agent_last_response_time?: number
  agent_owner?: CreatedBy
  tags?: { id?: string; name?: string }[]
}
