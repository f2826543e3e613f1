// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.

export {}
