/** Values a provisioned environment would have: invented ids on an invented domain, enough to fill the manifest. */
export const SAMPLE_ENV = {
  TEAMS_APP_ID: "3c9a7d1e-5b2f-4e8a-9c6d-1f0e2b3a4c5d",
  BOT_ID: "8e4f2a6b-7c1d-4f3e-a5b9-0d2c6e8f1a3b",
  AAD_APP_CLIENT_ID: "b1d3f5a7-c9e2-4b6d-8f0a-2c4e6a8b0d1f",
  TAB_DOMAIN: "trivsel-dev.azurewebsites.net",
  TAB_ENDPOINT: "https://trivsel-dev.azurewebsites.net",
} as const;
