// Generated from catalog/bot.v3.json by codegen. Do not edit; run `npm run generate`.

export {}
