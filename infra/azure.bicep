// Trivsel in Azure (DESIGN §1): App Service (Linux, Node 20 LTS) running the one Node process, a Storage account
// (tables, queues, blobs), an Azure Bot with the Teams channel, and Application Insights on Log Analytics.
// Everything authenticates with one user-assigned managed identity: no storage keys, and (by default) no bot
// password. Provisioned by m365agents.yml (arm/deploy) with azure.parameters.json.
targetScope = 'resourceGroup'

@description('Base of every resource name: lower-case letters and digits, globally unique (add a suffix).')
@minLength(3)
@maxLength(18)
param resourceBaseName string

@description('Region of the resources; the bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan size. B1 is the smallest with Always On, which the scheduler and workers need.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3', 'P2v3'])
param webAppSku string = 'B1'

@description('Web App instances; each serves HTTP and runs workers, a blob lease keeps one scheduler (DESIGN §1).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Storage redundancy.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_LRS'

@description('How the bot authenticates: the managed identity (no secret) or a single-tenant Entra app with a password.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botType string = 'UserAssignedMSI'

@description('SingleTenant only: the bot\'s Entra app (client) id.')
param botAadAppClientId string = ''

@description('SingleTenant only: the bot\'s client secret (from env/.env.<env>.user, SECRET_BOT_PASSWORD).')
@secure()
param botPassword string = ''

@description('Bot display name in Azure.')
param botDisplayName string = 'Trivsel'

@description('Azure Bot pricing tier; the Teams channel is free on F0.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('The Teams app id (manifest id), for deep links.')
param teamsAppId string

@description('The Entra app the tab signs in with (SSO audience).')
param aadAppClientId string

@description('Comma-separated Entra tenant ids allowed to use the app; empty means this deployment\'s tenant only.')
param allowedTenants string = ''

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var tenantId = tenant().tenantId
var hostName = '${resourceBaseName}.azurewebsites.net'
var botAppId = botType == 'UserAssignedMSI' ? identity.properties.clientId : botAadAppClientId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'trivsel-monitoring'
  params: {
    baseName: resourceBaseName
    location: location
    retentionDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'trivsel-storage'
  params: {
    accountName: '${resourceBaseName}st'
    location: location
    sku: storageSku
    principalId: identity.properties.principalId
  }
}

// App settings are exactly what src/config/config.ts reads (production mode refuses to start without them).
var baseSettings = {
  NODE_ENV: 'production'
  LOG_LEVEL: 'info'
  PUBLIC_URL: 'https://${hostName}'
  STORAGE_ACCOUNT_URL: storage.outputs.tableEndpoint
  // DefaultAzureCredential picks the user-assigned identity by its client id.
  AZURE_CLIENT_ID: identity.properties.clientId
  BOT_ID: botAppId
  BOT_TENANT_ID: tenantId
  BOT_TYPE: botType
  AAD_APP_CLIENT_ID: aadAppClientId
  TAB_DOMAIN: hostName
  TEAMS_APP_ID: teamsAppId
  ALLOWED_TENANTS: empty(allowedTenants) ? tenantId : allowedTenants
  DEMO_DATA: 'false'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  // The package is built before zip deploy (m365agents.yml); App Service must not rebuild it.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}
var botSecretSettings = botType == 'SingleTenant' ? { SECRET_BOT_PASSWORD: botPassword } : {}

module webApp 'modules/web-app.bicep' = {
  name: 'trivsel-web-app'
  params: {
    name: resourceBaseName
    location: location
    sku: webAppSku
    instanceCount: instanceCount
    identityId: identity.id
    workspaceId: monitoring.outputs.workspaceId
    appSettings: union(baseSettings, botSecretSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'trivsel-bot'
  params: {
    name: '${resourceBaseName}-bot'
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${hostName}/api/messages'
    appType: botType
    appId: botAppId
    tenantId: tenantId
    identityId: botType == 'UserAssignedMSI' ? identity.id : ''
  }
}

// Written back to env/.env.<env> by the Agents Toolkit (arm/deploy) and used by later steps.
output BOT_ID string = botAppId
output BOT_DOMAIN string = hostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.resourceId
output TAB_DOMAIN string = hostName
output TAB_ENDPOINT string = 'https://${hostName}'
output STORAGE_ACCOUNT_URL string = storage.outputs.tableEndpoint
