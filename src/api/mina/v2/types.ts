// Generated from catalog/mina.v2.json by codegen. Do not edit; run `npm run generate`.

export {}
