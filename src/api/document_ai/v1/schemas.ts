// Generated from catalog/document_ai.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { EntitieSchema, ResumeSchema } from './models.ts'
import type { RecognizeBankCardOutput } from './bank_card.ts'
import type { RecognizeBusinessCardOutput } from './business_card.ts'
import type { RecognizeBusinessLicenseOutput } from './business_license.ts'
import type { RecognizeChinesePassportOutput } from './chinese_passport.ts'
import type { FieldContractExtractionOutput } from './contract.ts'
import type { RecognizeDrivingLicenseOutput } from './driving_license.ts'
import type { RecognizeFoodManageLicenseOutput } from './food_manage_license.ts'
import type { RecognizeFoodProduceLicenseOutput } from './food_produce_license.ts'
import type { RecognizeHealthCertificateOutput } from './health_certificate.ts'
import type { RecognizeHkmMainlandTravelPermitOutput } from './hkm_mainland_travel_permit.ts'
import type { RecognizeIdCardOutput } from './id_card.ts'
import type { ParseResumeOutput } from './resume.ts'
import type { RecognizeTaxiInvoiceOutput } from './taxi_invoice.ts'
import type { RecognizeTrainInvoiceOutput } from './train_invoice.ts'
import type { RecognizeTwMainlandTravelPermitOutput } from './tw_mainland_travel_permit.ts'
import type { RecognizeVatInvoiceOutput } from './vat_invoice.ts'
import type { RecognizeVehicleInvoiceOutput } from './vehicle_invoice.ts'
import type { RecognizeVehicleLicenseOutput } from './vehicle_license.ts'

/** Schema of {@link RecognizeBankCardOutput}, for opt-in response validation. */
export const RecognizeBankCardOutputSchema: GenericSchema<RecognizeBankCardOutput> = /*#__PURE__*/ (() => looseObject({
  bank_card: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist(['date_of_expiry', 'card_number'])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeBusinessCardOutput}, for opt-in response validation. */
export const RecognizeBusinessCardOutputSchema: GenericSchema<RecognizeBusinessCardOutput> = /*#__PURE__*/ (() => looseObject({
  business_cards: optional(array(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'contact_names',
        'company_names',
        'departments',
        'job_titles',
        'emails',
        'websites',
        'addresses',
        'mobile_phones',
        'work_phones',
        'other_phones',
        'faxes',
      ])),
      value: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link RecognizeBusinessLicenseOutput}, for opt-in response validation. */
export const RecognizeBusinessLicenseOutputSchema: GenericSchema<RecognizeBusinessLicenseOutput> = /*#__PURE__*/ (() => looseObject({
  business_license: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'certificate_type',
        'unified_social_credit_code',
        'company_name',
        'company_type',
        'domicile',
        'legal_representative',
        'registered_capital',
        'established_time',
        'established_date',
        'business_scope',
        'website',
        'approval_date',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeChinesePassportOutput}, for opt-in response validation. */
export const RecognizeChinesePassportOutputSchema: GenericSchema<RecognizeChinesePassportOutput> = /*#__PURE__*/ (() => looseObject({
  chinese_passport: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'date_of_birth',
        'full_name_cn',
        'full_name_en',
        'date_of_expiry',
        'place_of_issue',
        'passport_number',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link FieldContractExtractionOutput}, for opt-in response validation. */
export const FieldContractExtractionOutputSchema: GenericSchema<FieldContractExtractionOutput> = /*#__PURE__*/ (() => looseObject({
  file_id: optional(string()),
  price: optional(looseObject({
    contract_price: optional(number()),
    contract_price_original: optional(string()),
    text: optional(string()),
  })),
  time: optional(looseObject({
    time_start: optional(string()),
    time_end: optional(string()),
    original_time_start: optional(string()),
    original_time_end: optional(string()),
    text_start: optional(string()),
    text_end: optional(string()),
    initial_term: optional(looseObject({ initial_time: optional(string()), initial_unit: optional(string()) })),
    text_initial_term: optional(string()),
  })),
  copy: optional(looseObject({
    copy_num: optional(number()),
    original_copy: optional(string()),
    key: optional(string()),
    text: optional(string()),
  })),
  currency: optional(looseObject({ currency_name: optional(string()), currency_text: optional(string()) })),
  header: optional(string()),
  body_info: optional(array(looseObject({
    body_type: optional(picklist(['buy', 'sell', 'third'])),
    value: optional(looseObject({
      address: optional(string()),
      contacts: optional(string()),
      email: optional(string()),
      phone: optional(string()),
      id_number: optional(string()),
      legal_representative: optional(string()),
      party: optional(string()),
    })),
  }))),
  bank_info: optional(array(looseObject({
    bank_type: optional(picklist(['buy_bank', 'sell_bank', 'third_bank', 'unceratin_bank'])),
    value: optional(looseObject({
      account_name: optional(string()),
      bank_name: optional(string()),
      account_number: optional(string()),
      phone: optional(string()),
      contacts: optional(string()),
      tax_number: optional(string()),
      address: optional(string()),
      id_number: optional(string()),
      email: optional(string()),
    })),
  }))),
}))()

/** Schema of {@link RecognizeDrivingLicenseOutput}, for opt-in response validation. */
export const RecognizeDrivingLicenseOutputSchema: GenericSchema<RecognizeDrivingLicenseOutput> = /*#__PURE__*/ (() => looseObject({
  driving_license: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'name',
        'id_number',
        'sex',
        'nationality',
        'address',
        'date_of_birth',
        'date_of_first_issue',
        'class',
        'valid_begin',
        'valid_end',
        'license_issuing_authority',
        'document_id',
        'record',
        'id_photo_location',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeFoodManageLicenseOutput}, for opt-in response validation. */
export const RecognizeFoodManageLicenseOutputSchema: GenericSchema<RecognizeFoodManageLicenseOutput> = /*#__PURE__*/ (() => looseObject({
  food_manage_license: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'operator',
        'domicile',
        'legal_representative',
        'validity_period',
        'issuer',
        'issuing_authority',
        'complaints_hotline',
        'license_number',
        'credit_code',
        'premise',
        'daily_supervisor',
        'daily_supervisory_authorities',
        'main_body',
        'operating_item',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeFoodProduceLicenseOutput}, for opt-in response validation. */
export const RecognizeFoodProduceLicenseOutputSchema: GenericSchema<RecognizeFoodProduceLicenseOutput> = /*#__PURE__*/ (() => looseObject({
  food_produce_license: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'domicile',
        'legal_representative',
        'validity_period',
        'issuer',
        'issuing_authority',
        'complaints_hotline',
        'license_number',
        'credit_code',
        'daily_supervisor',
        'daily_supervisory_authorities',
        'food_category',
        'production_address',
        'producer',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeHealthCertificateOutput}, for opt-in response validation. */
export const RecognizeHealthCertificateOutputSchema: GenericSchema<RecognizeHealthCertificateOutput> = /*#__PURE__*/ (() => looseObject({
  health_certificate: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'name',
        'issued_by',
        'date_of_handling',
        'date_of_issue',
        'date_of_medical_examination',
        'valid_date',
        'other_date',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeHkmMainlandTravelPermitOutput}, for opt-in response validation. */
export const RecognizeHkmMainlandTravelPermitOutputSchema: GenericSchema<RecognizeHkmMainlandTravelPermitOutput> = /*#__PURE__*/ (() => looseObject({
  hkm_mainland_travel_permit: optional(looseObject({ entities: optional(array(EntitieSchema())) })),
}))()

/** Schema of {@link RecognizeIdCardOutput}, for opt-in response validation. */
export const RecognizeIdCardOutputSchema: GenericSchema<RecognizeIdCardOutput> = /*#__PURE__*/ (() => looseObject({
  id_card: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'address',
        'issued_by',
        'identity_code',
        'identity_name',
        'valid_date_start',
        'valid_date_end',
        'gender',
        'race',
        'birth',
      ])),
      value: optional(string()),
    }))),
    side: optional(number()),
    conners: optional(array(number())),
    face_conners: optional(array(number())),
  })),
}))()

/** Schema of {@link ParseResumeOutput}, for opt-in response validation. */
export const ParseResumeOutputSchema: GenericSchema<ParseResumeOutput> = /*#__PURE__*/ (() => looseObject({
  resumes: optional(array(ResumeSchema())),
}))()

/** Schema of {@link RecognizeTaxiInvoiceOutput}, for opt-in response validation. */
export const RecognizeTaxiInvoiceOutputSchema: GenericSchema<RecognizeTaxiInvoiceOutput> = /*#__PURE__*/ (() => looseObject({
  taxi_invoices: optional(array(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'invoice_code',
        'price',
        'total_amount',
        'car_number',
        'start_time',
        'end_time',
        'distance',
        'start_date',
        'invoice_no',
        'dispatch_fee',
        'additional_fee',
        'is_sealed',
        'seller_name_in_seal',
        'seller_taxpayer_no_in_seal',
        'title_trial',
        'invoice_special_seal',
      ])),
      value: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link RecognizeTrainInvoiceOutput}, for opt-in response validation. */
export const RecognizeTrainInvoiceOutputSchema: GenericSchema<RecognizeTrainInvoiceOutput> = /*#__PURE__*/ (() => looseObject({
  train_invoices: optional(array(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'name',
        'price',
        'start_station',
        'end_station',
        'train_num',
        'seat_num',
        'ticket_num',
        'total_amount',
        'time',
        'seat_cls',
        'id_num',
        'sale_num',
        'sale_station',
      ])),
      value: optional(string()),
    }))),
  }))),
}))()

/** Schema of {@link RecognizeTwMainlandTravelPermitOutput}, for opt-in response validation. */
export const RecognizeTwMainlandTravelPermitOutputSchema: GenericSchema<RecognizeTwMainlandTravelPermitOutput> = /*#__PURE__*/ (() => looseObject({
  tw_mainland_travel_permit: optional(looseObject({ entities: optional(array(EntitieSchema())) })),
}))()

/** Schema of {@link RecognizeVatInvoiceOutput}, for opt-in response validation. */
export const RecognizeVatInvoiceOutputSchema: GenericSchema<RecognizeVatInvoiceOutput> = /*#__PURE__*/ (() => looseObject({
  vat_invoices: optional(array(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'remarks',
        'invoice_code',
        'machine_num',
        'buyer_name',
        'total_price',
        'invoice_no',
        'is_sealed',
        'seller_name_in_seal',
        'seller_taxpayer_no_in_seal',
        'invoice_special_seal',
        'invoice_name',
        'invoice_date',
        'total_tax',
        'big_total_price_and_tax',
        'check_code',
        'total_price_and_tax',
        'buyer_taxpayer_no',
        'buyer_address_phone',
        'buyer_account',
        'seller_name',
        'seller_taxpayer_no',
        'seller_address_phone',
        'seller_account',
        'payee',
        'password_area',
        'reviewer',
        'drawer',
      ])),
      value: optional(string()),
      items: optional(array(array(looseObject({ type: optional(string()), value: optional(string()) })))),
    }))),
  }))),
}))()

/** Schema of {@link RecognizeVehicleInvoiceOutput}, for opt-in response validation. */
export const RecognizeVehicleInvoiceOutputSchema: GenericSchema<RecognizeVehicleInvoiceOutput> = /*#__PURE__*/ (() => looseObject({
  vehicle_invoice: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'vehicle_type',
        'vin',
        'invoice_code',
        'invoice_num',
        'date',
        'print_code',
        'print_num',
        'machine_num',
        'buyer_name',
        'buyer_id',
        'product_model',
        'certificate_num',
        'engine_num',
        'total_price',
        'total_price_little',
        'saler_name',
        'saler_id',
        'saler_addr',
        'tax_rate',
        'tax',
        'price',
      ])),
      value: optional(string()),
    }))),
  })),
}))()

/** Schema of {@link RecognizeVehicleLicenseOutput}, for opt-in response validation. */
export const RecognizeVehicleLicenseOutputSchema: GenericSchema<RecognizeVehicleLicenseOutput> = /*#__PURE__*/ (() => looseObject({
  vehicle_license: optional(looseObject({
    entities: optional(array(looseObject({
      type: optional(picklist([
        'owner',
        'address',
        'license_issuing_authority',
        'document_id',
        'plate_number',
        'vehicle_type',
        'use_character',
        'model',
        'vin',
        'engine_number',
        'register_date',
        'issue_date',
        'approved_passengers_capacity',
        'total_mass',
        'curb_weight',
        'ratified_load_capacity',
        'gabarite',
        'traction_mass',
        'remarks',
        'inspection_record',
      ])),
      value: optional(string()),
    }))),
  })),
}))()
