// Generated from catalog/mdm.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
