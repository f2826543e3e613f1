// Generated from catalog/mdm.v3.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Data` of catalog/mdm.v3.json. */
export interface Data {
  alpha_3_code?: string
  alpha_2_code?: string
  numeric_code?: string
  name?: FullName
  mdm_code?: string
  full_name?: FullName
  global_code?: string
  status?: string
  continents?: { value: string; multilingual_name?: { [key: string]: string } }
}

/** Shared shape `FullName` of catalog/mdm.v3.json. */
export interface FullName {
  value?: string
  multilingual_value?: { [key: string]: string }
  return_language?: string
}
