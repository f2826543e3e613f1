// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type {
  AgentSchedule,
  AnswerRichtext,
  Categorie,
  Chat,
  CreateUser,
  CreatedBy,
  Department,
  Event,
  Faq,
  FaqCreateUser,
  Item,
  Schedule,
  Ticket,
} from './types.ts'

/** Builds the schema of {@link AgentSchedule}. */
export function AgentScheduleSchema(): GenericSchema<AgentSchedule> {
  return looseObject({
    status: optional(number()),
    agent: optional(looseObject({
      id: optional(string()),
      avatar_url: optional(string()),
      name: optional(string()),
      email: optional(string()),
      department: optional(string()),
      company_name: optional(string()),
    })),
    schedule: optional(array(ScheduleSchema())),
    agent_skills: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      is_default: optional(boolean()),
    }))),
  })
}

/** Builds the schema of {@link AnswerRichtext}. */
export function AnswerRichtextSchema(): GenericSchema<AnswerRichtext> {
  return looseObject({ content: optional(string()), type: optional(string()) })
}

/** Builds the schema of {@link Categorie}. */
export function CategorieSchema(): GenericSchema<Categorie> {
  return looseObject({
    category_id: string(),
    id: string(),
    name: string(),
    parent_id: string(),
    helpdesk_id: string(),
    language: optional(string()),
  })
}

/** Builds the schema of {@link Chat}. */
export function ChatSchema(): GenericSchema<Chat> {
  return looseObject({ chat_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link CreateUser}. */
export function CreateUserSchema(): GenericSchema<CreateUser> {
  return looseObject({ user_id: optional(string()), avatar_url: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link CreatedBy}. */
export function CreatedBySchema(): GenericSchema<CreatedBy> {
  return looseObject({
    id: optional(string()),
    avatar_url: optional(string()),
    name: optional(string()),
    email: optional(string()),
    department: optional(string()),
    city: optional(string()),
    country: optional(string()),
  })
}

/** Builds the schema of {@link Department}. */
export function DepartmentSchema(): GenericSchema<Department> {
  return looseObject({ department_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Event}. */
export function EventSchema(): GenericSchema<Event> {
  return looseObject({ type: string(), subtype: string() })
}

/** Builds the schema of {@link Faq}. */
export function FaqSchema(): GenericSchema<Faq> {
  return looseObject({
    faq_id: optional(string()),
    id: optional(string()),
    helpdesk_id: optional(string()),
    question: optional(string()),
    answer: optional(string()),
    answer_richtext: optional(array(AnswerRichtextSchema())),
    create_time: optional(number()),
    update_time: optional(number()),
    categories: optional(array(CategorieSchema())),
    tags: optional(array(string())),
    expire_time: optional(number()),
    update_user: optional(FaqCreateUserSchema()),
    create_user: optional(FaqCreateUserSchema()),
  })
}

/** Builds the schema of {@link FaqCreateUser}. */
export function FaqCreateUserSchema(): GenericSchema<FaqCreateUser> {
  return looseObject({
    id: optional(string()),
    avatar_url: optional(string()),
    name: optional(string()),
    department: optional(string()),
    city: optional(string()),
    country: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    ticket_customized_field_id: string(),
    helpdesk_id: optional(string()),
    key_name: string(),
    display_name: string(),
    position: string(),
    field_type: string(),
    description: string(),
    visible: boolean(),
    editable: optional(boolean()),
    required: boolean(),
    created_at: optional(string()),
    updated_at: optional(string()),
    created_by: optional(CreatedBySchema()),
    updated_by: optional(CreatedBySchema()),
    dropdown_allow_multiple: optional(boolean()),
  })
}

/** Builds the schema of {@link Schedule}. */
export function ScheduleSchema(): GenericSchema<Schedule> {
  return looseObject({ start_time: optional(string()), end_time: optional(string()), weekday: optional(number()) })
}

/** Builds the schema of {@link Ticket}. */
export function TicketSchema(): GenericSchema<Ticket> {
  return looseObject({
    ticket_id: string(),
    helpdesk_id: optional(string()),
    guest: optional(CreatedBySchema()),
    comments: optional(looseObject({
      content: optional(string()),
      created_at: optional(number()),
      id: optional(number()),
      user_avatar_url: optional(string()),
      user_name: optional(string()),
      user_id: optional(number()),
    })),
    ticket_type: optional(number()),
    status: optional(number()),
    score: optional(number()),
    created_at: optional(number()),
    updated_at: optional(number()),
    closed_at: optional(number()),
    dissatisfaction_reason: optional(looseObject({
      zh_cn: optional(string()),
      en_us: optional(string()),
      ja_jp: optional(string()),
    })),
    agents: optional(array(CreatedBySchema())),
    channel: optional(number()),
    solve: optional(number()),
    closed_by: optional(CreatedBySchema()),
    collaborators: optional(array(CreatedBySchema())),
    customized_fields: optional(array(looseObject({
      id: optional(string()),
      value: optional(string()),
      key_name: optional(string()),
      display_name: optional(string()),
      position: optional(number()),
      required: optional(boolean()),
      editable: optional(boolean()),
    }))),
    agent_service_duration: optional(number()),
    agent_first_response_duration: optional(number()),
    bot_service_duration: optional(number()),
    agent_resolution_time: optional(number()),
    actual_processing_time: optional(number()),
    agent_entry_time: optional(number()),
    agent_first_response_time: optional(number()),
    agent_last_response_time: optional(number()),
    agent_owner: optional(CreatedBySchema()),
    tags: optional(array(looseObject({ id: optional(string()), name: optional(string()) }))),
  })
}
