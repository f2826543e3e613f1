// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Certificate, Entitie, Resume } from './types.ts'

/** Builds the schema of {@link Certificate}. */
export function CertificateSchema(): GenericSchema<Certificate> {
  return looseObject({ name: optional(string()), desc: optional(string()) })
}

/** Builds the schema of {@link Entitie}. */
export function EntitieSchema(): GenericSchema<Entitie> {
  return looseObject({
    type: optional(picklist(['date_of_birth', 'full_name_cn', 'full_name_en', 'date_of_expiry', 'card_number'])),
    value: optional(string()),
  })
}

/** Builds the schema of {@link Resume}. */
export function ResumeSchema(): GenericSchema<Resume> {
  return looseObject({
    file_md5: optional(string()),
    content: optional(string()),
    new_content: optional(string()),
    name: optional(string()),
    email: optional(string()),
    mobile: optional(string()),
    mobile_is_virtual: optional(boolean()),
    country_code: optional(string()),
    educations: optional(array(looseObject({
      school: optional(string()),
      start_date: optional(string()),
      start_time: optional(string()),
      end_date: optional(string()),
      end_time: optional(string()),
      major: optional(string()),
      degree: optional(string()),
      qualification: optional(number()),
    }))),
    careers: optional(array(looseObject({
      company: optional(string()),
      start_date: optional(string()),
      start_time: optional(string()),
      end_date: optional(string()),
      end_time: optional(string()),
      title: optional(string()),
      type: optional(number()),
      type_str: optional(string()),
      job_description: optional(string()),
    }))),
    projects: optional(array(looseObject({
      name: optional(string()),
      title: optional(string()),
      start_date: optional(string()),
      start_time: optional(string()),
      end_date: optional(string()),
      end_time: optional(string()),
      description: optional(string()),
    }))),
    work_year: optional(number()),
    date_of_birth: optional(string()),
    gender: optional(number()),
    willing_positions: optional(array(string())),
    current_location: optional(string()),
    willing_locations: optional(array(string())),
    home_location: optional(string()),
    languages: optional(array(looseObject({ level: optional(number()), description: optional(string()) }))),
    awards: optional(array(looseObject({
      award: optional(string()),
      date: optional(string()),
      description: optional(string()),
    }))),
    certificates: optional(array(CertificateSchema())),
    competitions: optional(array(CertificateSchema())),
    self_evaluation: optional(string()),
    urls: optional(array(string())),
    social_links: optional(array(string())),
  })
}
