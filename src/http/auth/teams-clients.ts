/**
 * Client ids of the Microsoft hosts that request tab SSO tokens on our behalf: the apps pre-authorised on the
 * Entra app registration. A token whose `azp` (v2) or `appid` (v1) is not one of them was not requested by a
 * Teams/Microsoft 365 host and is refused (trust.md §1.3 "Authorised clients").
 * Sources: msteams-docs "Extend a Teams personal tab across Microsoft 365" (client id table) and the Agents
 * Toolkit's TeamsClientId/OfficeClientId/OutlookClientId constants.
 */
export const MICROSOFT_HOST_CLIENT_IDS: readonly string[] = [
  "1fec8e78-bce4-4aaf-ab1b-5451cc387264", // Teams desktop and mobile
  "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", // Teams web
  "4345a7b9-9a63-4910-a426-35363201d503", // Microsoft 365 web
  "4765445b-32c6-49b0-83e6-1d93765276ca", // Microsoft 365 web (Office.com)
  "0ec893e0-5785-4de6-99da-4ed124e5296c", // Microsoft 365 desktop
  "d3590ed6-52b3-4102-aeff-aad2292ab01c", // Microsoft 365 mobile, Outlook desktop
  "bc59ab01-8403-45c6-8796-ac3ef710b3e3", // Outlook web
  "27922004-5251-4030-b22d-91ecd9a37ea4", // Outlook mobile
  "00000002-0000-0ff1-ce00-000000000000", // Outlook web access
];
