// Generated from `RULES` in src/password.rs by src/typescript/js_modules.rs: do not edit.
/** Every app-password rule, in the order problems are reported: a checklist before anything is typed. */
export const APP_PASSWORD_RULES = Object.freeze([
  Object.freeze({ code: 'APP_PASSWORD_TOO_SHORT', label: "At least 18 characters" }),
  Object.freeze({ code: 'APP_PASSWORD_TOO_LONG', label: "At most 40 characters" }),
  Object.freeze({ code: 'APP_PASSWORD_INVALID_CHARACTER', label: "Printable ASCII only: no spaces, accented letters or emoji" }),
  Object.freeze({ code: 'APP_PASSWORD_MISSING_UPPERCASE', label: "An uppercase letter (A–Z)" }),
  Object.freeze({ code: 'APP_PASSWORD_MISSING_LOWERCASE', label: "A lowercase letter (a–z)" }),
  Object.freeze({ code: 'APP_PASSWORD_MISSING_DIGIT', label: "A digit (0–9)" }),
]);
